import { describe, expect, test } from "vitest";
import { emailProblemText } from "./email-problem-text";

describe("the couple page's email problem", () => {
  test("while retrying it says Attune keeps trying, without blaming the address", () => {
    const text = emailProblemText("Alex", { to: "alex@example.test", retrying: true });
    expect(text).toBe("Email to Alex is failing to send; Attune keeps trying.");
  });

  test("once given up it points at the address", () => {
    const text = emailProblemText("Alex", { to: "alex@example.test", retrying: false });
    expect(text).toBe("We could not email Alex — check the address (alex@example.test).");
  });
});
