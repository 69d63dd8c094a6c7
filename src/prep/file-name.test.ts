import { describe, expect, it } from "vitest";
import { prepFileName } from "./file-name";

describe("prepFileName", () => {
  it("carries both partners' initials and the session date, never a name", () => {
    expect(prepFileName(["Morgan Reyes", "Jordan Tate"], "2026-11-30")).toBe(
      "session-prep-MR-JT-2026-11-30.pdf",
    );
    expect(prepFileName(["Alex", "Sam"], "2026-03-15")).toBe("session-prep-A-S-2026-03-15.pdf");
  });

  it("stays ASCII for a header: accents dropped, a name without Latin letters by position", () => {
    expect(prepFileName(["Łucja Nowak-Żak", "Émile  d'Arc"], "2026-01-02")).toBe(
      "session-prep-LNZ-ED-2026-01-02.pdf",
    );
    expect(prepFileName(["Алёна", "Dũng"], "2026-01-02")).toBe("session-prep-P1-D-2026-01-02.pdf");
  });
});
