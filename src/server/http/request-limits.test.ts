import { describe, expect, test } from "vitest";
import { requestWithinLimit } from "./request-limits";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/trpc/x", { method: "POST", body, headers });

describe("tRPC request bodies", () => {
  test("a body within the limit is kept whole", async () => {
    const kept = await requestWithinLimit(post('{"a":1}'), 100);
    expect(await kept!.text()).toBe('{"a":1}');
  });

  test("a declared size over the limit is refused unread", async () => {
    expect(
      await requestWithinLimit(post("x".repeat(10), { "content-length": "5000" }), 100),
    ).toBeNull();
  });

  test("an undeclared (streamed) body is read only up to the limit", async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(50)));
        controller.close();
      },
    });
    const request = new Request("http://localhost/api/trpc/x", {
      method: "POST",
      body: stream,
      // @ts-expect-error Node's fetch needs duplex for a stream body
      duplex: "half",
    });
    expect(await requestWithinLimit(request, 100)).toBeNull();
  });
});
