import { describe, expect, test } from "vitest";
import { cycleMap, examplePayload } from "./cycle-map";
import { payloadFieldErrors, storedPayload } from "./test-support";

const minimal = {
  trigger: "I asked whether we'd booked the plumber yet.",
  role: "withdraw",
  reactiveEmotions: ["numb"],
  ending: "reconnected",
};

describe("pursue–withdraw cycle map", () => {
  test("accepts the full example and summarises both layers of feeling", () => {
    expect(storedPayload(cycleMap, examplePayload)).toEqual(examplePayload);
    expect(cycleMap.summary(examplePayload)).toBe(
      "Pursued, partner pulled back · frustrated on top, lonely underneath · it faded without being talked about",
    );
    expect(cycleMap.metrics(examplePayload)).toEqual({ role: "pursue", partnerRole: "withdraw" });
  });

  test("accepts the minimum a partner must answer", () => {
    expect(storedPayload(cycleMap, minimal)).toEqual(minimal);
    const payload = cycleMap.schema.parse(minimal);
    expect(cycleMap.summary(payload)).toBe("Withdrew · numb · we found our way back to each other");
    expect(cycleMap.metrics(payload)).toEqual({ role: "withdraw" });
  });

  test("says what is missing from an empty form: only the moment and my move", () => {
    expect(payloadFieldErrors(cycleMap, {})).toEqual({
      trigger: ["Describe what set it off in a sentence or two."],
      role: ["Choose whether you moved toward or pulled back."],
    });
  });

  test("takes the moment and my move alone: what I can't name yet is skipped", () => {
    const essentials = { trigger: minimal.trigger, role: "pursue" };
    expect(storedPayload(cycleMap, essentials)).toEqual(essentials);
    const payload = cycleMap.schema.parse(essentials);
    expect(cycleMap.summary(payload)).toBe("Pursued");
    expect(cycleMap.metrics(payload)).toEqual({ role: "pursue" });
    const softerOnly = cycleMap.schema.parse({ ...essentials, softerEmotions: ["lonely"] });
    expect(cycleMap.summary(softerOnly)).toBe("Pursued · lonely");
  });

  test("offers only the moves of the chosen direction and clears the others", () => {
    const stored = storedPayload(cycleMap, {
      ...minimal,
      pursueMoves: ["criticise", "other"],
      withdrawMoves: ["go_quiet", "leave"],
    });
    expect(stored).toEqual({ ...minimal, withdrawMoves: ["go_quiet", "leave"] });
  });

  test("asks for words for every “Something else” that is shown", () => {
    expect(
      payloadFieldErrors(cycleMap, {
        ...minimal,
        withdrawMoves: ["other"],
        reactiveEmotions: ["other"],
        softerEmotions: ["other"],
        needs: ["other"],
        ending: "other",
      }),
    ).toEqual({
      withdrawMovesOther: ["Add a word or two for “Something else”."],
      reactiveEmotionsOther: ["Add a word or two for “Something else”."],
      softerEmotionsOther: ["Add a word or two for “Something else”."],
      needsOther: ["Add a word or two for “Something else”."],
      endingOther: ["Say in a few words how it ended."],
    });
  });

  test("uses my own words for a feeling in the summary, shortened", () => {
    const payload = cycleMap.schema.parse({
      ...minimal,
      reactiveEmotions: ["other"],
      reactiveEmotionsOther: "like a wall came down between us and stayed there",
    });
    expect(cycleMap.summary(payload)).toBe(
      "Withdrew · like a wall came down between… · we found our way back to each other",
    );
  });

  test("asks what my partner did, worded from my own move, and names the pattern", () => {
    const both = (role: "pursue" | "withdraw", partner: string) =>
      cycleMap.schema.parse({
        ...minimal,
        role,
        [role === "pursue" ? "partnerMoveAfterPush" : "partnerMoveAfterPull"]: partner,
      });
    const pushed = both("pursue", "pursue");
    expect(cycleMap.metrics(pushed)).toEqual({ role: "pursue", partnerRole: "pursue" });
    expect(cycleMap.summary(pushed)).toMatch(/^We both pushed · /);
    const pulled = both("withdraw", "withdraw");
    expect(cycleMap.metrics(pulled)).toEqual({ role: "withdraw", partnerRole: "withdraw" });
    expect(cycleMap.summary(pulled)).toMatch(/^We both pulled back · /);
    expect(cycleMap.summary(both("withdraw", "pursue"))).toMatch(/^Withdrew, partner pushed · /);
    expect(cycleMap.metrics(both("withdraw", "unsure"))).toEqual({ role: "withdraw" });
    const labels = (name: string) => {
      const field = cycleMap.sections.flatMap((s) => s.fields).find((f) => f.name === name);
      return field && "options" in field ? field.options : [];
    };
    expect(labels("partnerMoveAfterPush").map((o) => o.label)).toContain("We both pushed");
    expect(labels("partnerMoveAfterPull").map((o) => o.label)).toContain("We both pulled back");
    expect(labels("softerEmotions").map((o) => o.label)).toContain("Overwhelmed or flooded");
  });

  test("keeps only the partner question that matches my move", () => {
    expect(
      storedPayload(cycleMap, {
        ...minimal,
        partnerMoveAfterPush: "pursue",
        partnerMoveAfterPull: "withdraw",
      }),
    ).toEqual({ ...minimal, partnerMoveAfterPull: "withdraw" });
  });

  test("states the loop, “the more I…, the more you…”, once I say what my partner did", () => {
    const loop = (role: "pursue" | "withdraw", partner?: string) =>
      cycleMap.reflection?.(
        cycleMap.schema.parse({
          ...minimal,
          role,
          ...(partner
            ? { [role === "pursue" ? "partnerMoveAfterPush" : "partnerMoveAfterPull"]: partner }
            : {}),
        }),
      );
    expect(loop("pursue", "withdraw")).toBe(
      "The more I push, the more you pull back, and the more you pull back, the more I push.",
    );
    expect(loop("withdraw", "pursue")).toBe(
      "The more you push, the more I pull back, and the more I pull back, the more you push.",
    );
    expect(loop("pursue", "pursue")).toMatch(/^The more I push, the more you push back/);
    expect(loop("withdraw", "withdraw")).toMatch(/the further apart we drift\.$/);
    expect(loop("withdraw")).toBeNull();
    expect(loop("pursue", "unsure")).toBeNull();
  });

  test("reads a version 1 entry, written before the partner question, as before", () => {
    const v1 = { ...minimal, role: "pursue", pursueMoves: ["protest"], softerEmotions: ["hurt"] };
    const payload = cycleMap.schema.parse(v1);
    expect(cycleMap.metrics(payload)).toEqual({ role: "pursue" });
    expect(cycleMap.summary(payload)).toMatch(/^Pursued · numb on top, hurt underneath/);
    expect(cycleMap.version).toBe(2);
  });

  test("refuses a move from the list it does not offer", () => {
    expect(
      payloadFieldErrors(cycleMap, { ...minimal, withdrawMoves: ["protest"] }).withdrawMoves,
    ).toEqual(["Choose from the list."]);
  });
});
