/**
 * The session-prep PDF's file name: the partners' initials and the session date, never a name,
 * so a download folder or an email attachment does not name a client. ASCII only, so the plain
 * `filename=` of Content-Disposition carries it: accents are dropped ("Łucja" gives L) and a
 * name with no Latin letter gives its partner's position instead ("P2").
 */
export function prepFileName(partnerNames: readonly [string, string], sessionOn: string): string {
  const initials = partnerNames.map((name, i) => initialsOf(name) || `P${i + 1}`);
  return `session-prep-${initials.join("-")}-${sessionOn}.pdf`;
}

const LETTER_FALLBACKS: Record<string, string> = { Ł: "L", ł: "L", Ø: "O", ø: "O", Đ: "D", đ: "D" };

function initialsOf(name: string): string {
  return name
    .split(/[\s\-‐–]+/)
    .map((word) => {
      const first = [...word.normalize("NFD")].find((c) => /\p{L}/u.test(c)) ?? "";
      return (LETTER_FALLBACKS[first] ?? first).toUpperCase();
    })
    .filter((c) => /^[A-Z]$/.test(c))
    .slice(0, 3)
    .join("");
}
