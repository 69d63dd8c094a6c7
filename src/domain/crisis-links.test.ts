import { describe, expect, test } from "vitest";
import { crisisLinks } from "./crisis-links";
import { DEFAULT_CRISIS_TEXT } from "./safety-texts";

const links = (text: string) =>
  crisisLinks(text).flatMap((p) => (p.kind === "text" ? [] : [[p.text, p.href]]));

describe("crisis text as tap-to-call links", () => {
  test("every number in the built-in text can be tapped, and the text reads the same", () => {
    expect(links(DEFAULT_CRISIS_TEXT)).toEqual([
      ["911", "tel:911"],
      ["999", "tel:999"],
      ["112", "tel:112"],
      ["1-800-799-7233", "tel:18007997233"],
      ["text START to 88788", "sms:88788?body=START"],
      ["0808 2000 247", "tel:08082000247"],
      ["988", "tel:988"],
      ["116 123", "tel:116123"],
    ]);
    expect(
      crisisLinks(DEFAULT_CRISIS_TEXT)
        .map((p) => p.text)
        .join(""),
    ).toBe(DEFAULT_CRISIS_TEXT);
  });

  test("a practice's own wording: international numbers keep their plus", () => {
    expect(
      links("Call our out-of-hours line on +44 (0)20 7946 0958, or text HOME to 85258."),
    ).toEqual([
      ["+44 (0)20 7946 0958", "tel:+442079460958"],
      ["text HOME to 85258", "sms:85258?body=HOME"],
    ]);
  });

  test("short numbers that are not phone numbers stay text", () => {
    expect(links("We reply within 2 working days, 9 to 5.")).toEqual([]);
    expect(crisisLinks("")).toEqual([]);
  });
});
