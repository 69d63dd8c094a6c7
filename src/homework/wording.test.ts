import { describe, expect, test } from "vitest";
import { microHurtCategories } from "./micro-hurt";
import { labelOf } from "./schema-parts";

describe("micro-hurt category wording", () => {
  test("names the moment without an “always” of its own, keeping the stored keys", () => {
    expect(labelOf(microHurtCategories, "always_initiating")).toBe("I reached out first, again");
    expect(labelOf(microHurtCategories, "promise_dissolved")).toBe(
      "A plan or promise that didn't happen",
    );
    for (const { label } of microHurtCategories) expect(label).not.toMatch(/\b(always|never)\b/i);
  });
});
