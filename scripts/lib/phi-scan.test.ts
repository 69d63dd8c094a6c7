import { describe, expect, test } from "vitest";
import { phiNeedles, scanForPhi, stringsIn } from "./phi-scan";

const needles = phiNeedles(
  ["Marguerite Okonkwo-Lindqvist", "Sam", "Alex"],
  ["turned_toward", "They kept scrolling while I told them about my day.", "ok"],
);

describe("the PHI scan", () => {
  test("searches for names of 4+ characters and typed answers, not codes or short words", () => {
    expect(needles.map((n) => n.text).sort()).toEqual(
      [
        "Alex",
        "Marguerite Okonkwo-Lindqvist",
        "They kept scrolling while I told them about my day.",
      ].sort(),
    );
    expect(stringsIn({ a: ["x", { b: "y" }], c: 3, d: null })).toEqual(["x", "y"]);
  });

  test("catches a planted name in a log line and says where, without repeating it", () => {
    const hits = scanForPhi(needles, [
      { source: "server.log", text: "ready\n[email] sent to Marguerite Okonkwo-Lindqvist ok\nbye" },
    ]);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ source: "server.log", location: "line 2" });
    expect(hits[0]!.excerpt).toContain("[partner name #");
    expect(hits[0]!.excerpt).not.toContain("Okonkwo");
  });

  test("catches entry text in a URL, percent-encoded or with + for spaces", () => {
    const hits = scanForPhi(needles, [
      {
        source: "browser URLs",
        isUrl: true,
        text: [
          "http://localhost:3605/c/new?draft=They%20kept%20scrolling%20while%20I%20told%20them%20about%20my%20day.",
          "http://localhost:3605/c?q=They+kept+scrolling+while+I+told+them+about+my+day.",
          "http://localhost:3605/c/home",
        ].join("\n"),
      },
    ]);
    expect(hits.map((h) => h.location)).toEqual(["line 1", "line 2"]);
    expect(hits.every((h) => !h.excerpt.includes("scrolling"))).toBe(true);
  });

  test("matches names as whole words with their case: an email address is not a name", () => {
    const hits = scanForPhi(needles, [
      { source: "mailbox", text: "To: alex-1f2e@example.test\nAlexandra's link\nHi Alex," },
    ]);
    expect(hits.map((h) => h.location)).toEqual(["line 3"]);
  });
});
