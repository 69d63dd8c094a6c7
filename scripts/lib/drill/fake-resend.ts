import { createServer, type IncomingMessage, type Server } from "node:http";

/** What the fake provider does with a send: deliver, refuse (5xx), or hang past the client's wait. */
type ProviderMode = "ok" | "5xx" | "hang";

/**
 * A stand-in for Resend's HTTP API (POST /emails) at the network edge: the real Resend SDK talks
 * to it through RESEND_BASE_URL. It keeps Resend's idempotency rules (the same key and body:
 * the first answer again, not a second email; the same key and another body: 409
 * invalid_idempotent_request) and counts what each address actually received. On demand it
 * fails with 5xx, or hangs: it takes the email, delivers it, and answers only after the
 * client gave up — the case an idempotency key exists for.
 */
export interface FakeResend {
  url: string;
  mode: ProviderMode;
  /** milliseconds before each answer (so a worker can be killed mid-send) */
  latencyMs: number;
  hangMs: number;
  /** emails received per address */
  received: Map<string, number>;
  /** sends being answered right now */
  inFlight: number;
  requests: number;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFakeResend(port: number): Promise<FakeResend> {
  const byKey = new Map<string, { body: string; id: string }>();
  let ids = 0;
  const fake: FakeResend = {
    url: `http://127.0.0.1:${port}`,
    mode: "ok",
    latencyMs: 30,
    hangMs: 4000,
    received: new Map(),
    inFlight: 0,
    requests: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const answer = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });

  async function handle(request: IncomingMessage) {
    const body = await readBody(request);
    if (request.method !== "POST" || request.url !== "/emails")
      return answer(404, { name: "not_found", message: "Not found", statusCode: 404 });
    if (fake.mode === "5xx") {
      await sleep(fake.latencyMs);
      return answer(500, { name: "internal_server_error", message: "Down", statusCode: 500 });
    }
    const key = request.headers["idempotency-key"];
    const earlier = typeof key === "string" ? byKey.get(key) : undefined;
    if (earlier) {
      await sleep(fake.latencyMs);
      return earlier.body === body
        ? answer(200, { id: earlier.id })
        : answer(409, {
            name: "invalid_idempotent_request",
            message: "Same idempotency key used with a different request payload.",
            statusCode: 409,
          });
    }
    const email = JSON.parse(body) as { to: string | string[] };
    const id = `fake_${++ids}`;
    if (typeof key === "string") byKey.set(key, { body, id });
    for (const to of [email.to].flat()) fake.received.set(to, (fake.received.get(to) ?? 0) + 1);
    await sleep(fake.mode === "hang" ? fake.hangMs : fake.latencyMs);
    return answer(200, { id });
  }

  const server: Server = createServer((request, response) => {
    fake.requests++;
    fake.inFlight++;
    handle(request)
      .then(({ status, body }) => {
        response.writeHead(status, { "content-type": "application/json" }).end(body);
      })
      .catch(() => response.writeHead(400).end())
      .finally(() => fake.inFlight--);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return fake;
}
