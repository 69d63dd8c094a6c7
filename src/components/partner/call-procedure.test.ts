import { afterEach, describe, expect, test, vi } from "vitest";
import { callProcedure } from "./call-procedure";

/** The browser's fetch, answering as the server would (the network edge of the partner's form). */
function serverAnswers(response: Response | Error) {
  vi.stubGlobal(
    "fetch",
    vi.fn(() => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response))),
  );
}

afterEach(() => vi.unstubAllGlobals());

const input = { email: "someone@example.test" };

describe("a partner form's call while the server is away", () => {
  test("503 is 'try again later' after the server's Retry-After, with its plain message", async () => {
    serverAnswers(
      Response.json(
        { error: { json: { message: "Attune cannot reach its database for a moment." } } },
        { status: 503, headers: { "Retry-After": "7" } },
      ),
    );
    expect(await callProcedure("partner.requestLink", input)).toEqual({
      ok: false,
      offline: "try again later",
      retryAfterSeconds: 7,
      message: "Attune cannot reach its database for a moment.",
      fieldErrors: {},
    });
  });

  test("a proxy's 502 with no body is also 'try again later', after ten seconds", async () => {
    serverAnswers(new Response("Bad gateway", { status: 502 }));
    const result = await callProcedure("partner.requestLink", input);
    expect(result).toMatchObject({ ok: false, offline: "try again later", retryAfterSeconds: 10 });
  });

  test("no answer at all is 'offline', retried after ten seconds as well as when back online", async () => {
    serverAnswers(new TypeError("fetch failed"));
    const result = await callProcedure("partner.requestLink", input);
    expect(result).toMatchObject({ ok: false, offline: "no answer", retryAfterSeconds: 10 });
  });

  test("a refusal (400) is not retried: the partner has something to change", async () => {
    serverAnswers(
      Response.json(
        {
          error: {
            json: {
              message: "Please check the highlighted fields.",
              data: { fieldErrors: { email: ["Enter an email address."] } },
            },
          },
        },
        { status: 400 },
      ),
    );
    expect(await callProcedure("partner.requestLink", input)).toEqual({
      ok: false,
      offline: false,
      retryAfterSeconds: null,
      message: "Please check the highlighted fields.",
      fieldErrors: { email: ["Enter an email address."] },
    });
  });
});
