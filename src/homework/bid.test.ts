import { describe, expect, test } from "vitest";
import { bid, examplePayload } from "./bid";
import { payloadFieldErrors, storedPayload } from "./test-support";

describe("bids for connection", () => {
  test("accepts the example and summarises it with the bid shortened", () => {
    expect(storedPayload(bid, examplePayload)).toEqual(examplePayload);
    expect(bid.summary(examplePayload)).toBe(
      "Bid received · turned away · Asked if I wanted to come out and watch the sunset while I was finishing some…",
    );
    expect(bid.metrics(examplePayload)).toEqual({ bidDirection: "received", bidResponse: "away" });
  });

  test("accepts a short bid made and turned toward", () => {
    const payload = {
      direction: "made",
      what: "Reached for their hand on the sofa.",
      response: "toward",
    };
    expect(storedPayload(bid, payload)).toEqual(payload);
    expect(bid.summary(bid.schema.parse(payload))).toBe(
      "Bid made · turned toward · Reached for their hand on the sofa.",
    );
  });

  test("says what is missing or not on the list", () => {
    expect(payloadFieldErrors(bid, {})).toEqual({
      direction: ["Choose whether you made the bid or received it."],
      what: ["Describe the bid in a few words."],
      response: ["Choose how the bid was met: toward, away or against."],
    });
    expect(payloadFieldErrors(bid, { ...examplePayload, response: "ignored" }).response).toEqual([
      "Choose how the bid was met: toward, away or against.",
    ]);
  });

  test("keeps the bid under 500 characters", () => {
    expect(payloadFieldErrors(bid, { ...examplePayload, what: "x".repeat(501) })).toEqual({
      what: ["Keep this under 500 characters."],
    });
  });
});
