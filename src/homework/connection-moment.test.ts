import { describe, expect, test } from "vitest";
import { connectionMoment, examplePayload } from "./connection-moment";
import { payloadFieldErrors, storedPayload } from "./test-support";

describe("connection moments", () => {
  test("accepts the example, summarises it and counts it as turning toward", () => {
    expect(storedPayload(connectionMoment, examplePayload)).toEqual(examplePayload);
    expect(connectionMoment.summary(examplePayload)).toBe(
      "Connection · Two minutes of full attention · closeness 8/10 · Sat on the back step together for ten minutes…",
    );
    expect(connectionMoment.metrics(examplePayload)).toEqual({
      turnedToward: true,
      connection: "presence",
      closeness: 8,
    });
  });

  test("puts the partner's own words in the summary for something else", () => {
    const payload = storedPayload(connectionMoment, {
      ...examplePayload,
      connection: "other",
      connectionOther: "Sang in the car",
    });
    expect(connectionMoment.summary(connectionMoment.schema.parse(payload))).toMatch(
      /^Connection · Sang in the car · closeness 8\/10/,
    );
  });

  test("says what is missing, and asks for words with something else", () => {
    expect(payloadFieldErrors(connectionMoment, {})).toEqual({
      what: ["Say in a few words what happened."],
      connection: ["Choose what kind of moment it was."],
      closeness: ["Choose how close you felt, from 0 to 10."],
    });
    expect(
      payloadFieldErrors(connectionMoment, { ...examplePayload, connection: "other" }),
    ).toEqual({ connectionOther: ["Add a word or two for “Something else”."] });
    expect(payloadFieldErrors(connectionMoment, { ...examplePayload, closeness: 11 })).toEqual({
      closeness: ["Choose how close you felt, from 0 to 10."],
    });
  });

  test("drops own words typed before another kind of moment was chosen", () => {
    const stored = storedPayload(connectionMoment, {
      ...examplePayload,
      connectionOther: "left over",
    });
    expect(stored).toEqual(examplePayload);
  });
});
