import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/**
 * A small stand-in for Stripe's API over HTTP, for tests and the browser journeys: the real
 * `stripe` SDK talks to it through its host/port/protocol options. It answers only what Attune
 * calls (customers, prices, Checkout and portal sessions, subscriptions), keeps what it made in
 * memory, and, given a webhook target, sends Stripe-signed events there as Stripe would.
 */

type Json = Record<string, unknown>;

export interface StripeDoubleOptions {
  /** Price id → per-seat amount in cents. */
  prices: Record<string, { unitAmount: number; currency?: string }>;
  webhook?: { url: string; secret: string };
  port?: number;
}

interface RecordedRequest {
  method: string;
  path: string;
  body: Json;
}

export interface StripeDouble {
  url: string;
  requests: RecordedRequest[];
  subscriptions: Map<string, Json>;
  /** Send a signed event to the webhook target, as Stripe does. */
  emit(type: string, object: Json): Promise<number>;
  close(): Promise<void>;
}

const newId = (prefix: string) => `${prefix}_${randomBytes(8).toString("hex")}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const MONTH_SECONDS = 30 * 24 * 60 * 60;

/** Stripe's form encoding (`a[b][0][c]=v`) back into nested objects. */
function parseForm(body: string): Json {
  const result: Json = {};
  for (const pair of body.split("&").filter(Boolean)) {
    const [rawKey = "", rawValue = ""] = pair.split("=");
    const key = decodeURIComponent(rawKey.replace(/\+/g, " "));
    const value = decodeURIComponent(rawValue.replace(/\+/g, " "));
    const path = key.split(/\[|\]\[|\]/).filter((part) => part !== "");
    let node = result;
    path.forEach((part, index) => {
      if (index === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Json;
    });
  }
  return result;
}

/** A Stripe event, signed with the webhook secret the way Stripe signs it. */
export function signedStripeEvent(
  secret: string,
  type: string,
  object: Json,
  options: { id?: string; created?: number } = {},
): { payload: string; signature: string; id: string } {
  const id = options.id ?? newId("evt");
  const payload = JSON.stringify({
    id,
    object: "event",
    api_version: "2026-10-28.endive",
    created: options.created ?? nowSeconds(),
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  });
  const signature = new Stripe("sk_test_double").webhooks.generateTestHeaderString({
    payload,
    secret,
  });
  return { payload, signature, id };
}

/** A subscription as Stripe's current API shapes it (the period lives on the item). */
export function subscriptionObject(args: {
  id?: string;
  customer: string;
  price: string;
  quantity: number;
  status?: string;
  trialEnd?: number | null;
  periodEnd?: number;
  cancelAtPeriodEnd?: boolean;
  metadata?: Json;
}): Json {
  const id = args.id ?? newId("sub");
  return {
    id,
    object: "subscription",
    customer: args.customer,
    status: args.status ?? "active",
    cancel_at_period_end: args.cancelAtPeriodEnd ?? false,
    trial_end: args.trialEnd ?? null,
    metadata: args.metadata ?? {},
    created: nowSeconds(),
    items: {
      object: "list",
      data: [
        {
          id: `si_${id.slice(4)}`,
          object: "subscription_item",
          quantity: args.quantity,
          price: { id: args.price, object: "price" },
          current_period_start: nowSeconds(),
          current_period_end: args.periodEnd ?? nowSeconds() + MONTH_SECONDS,
        },
      ],
    },
  };
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 32rem; margin: 2rem auto; color: #111">
<main><h1>${title}</h1>${body}</main></body></html>`;
}

export async function startStripeDouble(options: StripeDoubleOptions): Promise<StripeDouble> {
  const requests: RecordedRequest[] = [];
  const customers = new Map<string, Json>();
  const sessions = new Map<string, Json>();
  const subscriptions = new Map<string, Json>();
  const portals = new Map<string, Json>();
  let base = "";

  async function emit(type: string, object: Json): Promise<number> {
    if (!options.webhook) return 0;
    const { payload, signature } = signedStripeEvent(options.webhook.secret, type, object);
    const response = await fetch(options.webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
    });
    return response.status;
  }

  function priceOf(id: string): Json | null {
    const price = options.prices[id];
    if (!price) return null;
    return {
      id,
      object: "price",
      unit_amount: price.unitAmount,
      currency: price.currency ?? "usd",
      recurring: { interval: "month", interval_count: 1 },
    };
  }

  async function pay(sessionId: string): Promise<string | null> {
    const session = sessions.get(sessionId);
    if (!session || session.status !== "open") return null;
    const item = (session.line_items as Json)["0"] as Json;
    const data = (session.subscription_data ?? {}) as Json;
    const trialEnd = data.trial_end ? Number(data.trial_end) : null;
    const subscription = subscriptionObject({
      customer: String(session.customer),
      price: String(item.price),
      quantity: Number(item.quantity),
      status: trialEnd ? "trialing" : "active",
      trialEnd,
      periodEnd: trialEnd ?? undefined,
      metadata: (data.metadata ?? {}) as Json,
    });
    subscriptions.set(String(subscription.id), subscription);
    Object.assign(session, { status: "complete", subscription: subscription.id });
    const unit = options.prices[String(item.price)]?.unitAmount ?? 0;
    const amount = trialEnd ? 0 : unit * Number(item.quantity);
    await emit("checkout.session.completed", session);
    await emit("customer.subscription.created", subscription);
    await emit("invoice.paid", {
      id: newId("in"),
      object: "invoice",
      customer: session.customer,
      number: `ATT-${String(Date.now()).slice(-6)}`,
      status: "paid",
      amount_due: amount,
      amount_paid: amount,
      currency: "usd",
      hosted_invoice_url: `${base}/invoice`,
      created: nowSeconds(),
    });
    return String(session.success_url);
  }

  function updateSubscription(id: string, body: Json): Json | null {
    const subscription = subscriptions.get(id);
    if (!subscription) return null;
    const items = (body.items ?? {}) as Record<string, Json>;
    const item = ((subscription.items as Json).data as Json[])[0];
    const change = items["0"];
    if (item && change?.quantity !== undefined) item.quantity = Number(change.quantity);
    if (body.cancel_at_period_end !== undefined) {
      subscription.cancel_at_period_end = body.cancel_at_period_end === "true";
    }
    return subscription;
  }

  async function api(method: string, path: string, body: Json): Promise<[number, Json]> {
    const parts = path.split("?")[0]!.split("/").filter(Boolean);
    const [, resource, id] = parts;
    if (method === "POST" && path === "/v1/customers") {
      const customer = { id: newId("cus"), object: "customer", ...body };
      customers.set(String(customer.id), customer);
      return [200, customer];
    }
    if (method === "GET" && resource === "prices" && id) {
      const price = priceOf(id);
      return price ? [200, price] : notFound("price", id);
    }
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const session: Json = {
        id: newId("cs"),
        object: "checkout.session",
        status: "open",
        ...body,
      };
      session.url = `${base}/checkout/${String(session.id)}`;
      sessions.set(String(session.id), session);
      return [200, session];
    }
    if (method === "POST" && path === "/v1/billing_portal/sessions") {
      const portal: Json = { id: newId("bps"), object: "billing_portal.session", ...body };
      portal.url = `${base}/portal/${String(portal.id)}`;
      portals.set(String(portal.id), portal);
      return [200, portal];
    }
    if (resource === "subscriptions" && id) {
      if (method === "GET") {
        const subscription = subscriptions.get(id);
        return subscription ? [200, subscription] : notFound("subscription", id);
      }
      const updated = updateSubscription(id, body);
      if (!updated) return notFound("subscription", id);
      await emit("customer.subscription.updated", updated);
      return [200, updated];
    }
    return [404, { error: { type: "invalid_request_error", message: `No ${method} ${path}` } }];
  }

  const server = http.createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      void (async () => {
        const method = request.method ?? "GET";
        const path = request.url ?? "/";
        const body = parseForm(raw);
        if (path.startsWith("/v1/")) {
          requests.push({ method, path, body });
          const [status, json] = await api(method, path, body);
          response.writeHead(status, { "content-type": "application/json" });
          response.end(JSON.stringify(json));
          return;
        }
        const [, kind, id = ""] = path.split("/");
        if (kind === "checkout" && method === "POST") {
          const next = await pay(id);
          response.writeHead(next ? 303 : 404, next ? { location: next } : {});
          response.end();
          return;
        }
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(htmlFor(kind, id));
      })().catch((error: unknown) => {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(String(error));
      });
    });
  });

  function htmlFor(kind: string | undefined, id: string): string {
    if (kind === "checkout") {
      const session = sessions.get(id);
      if (!session) return page("Checkout not found", "<p>This checkout has expired.</p>");
      const item = (session.line_items as Json)["0"] as Json;
      const price = options.prices[String(item.price)];
      const each = ((price?.unitAmount ?? 0) / 100).toFixed(2);
      return page(
        "Subscribe to Attune",
        `<p>${String(item.quantity)} seats at $${each} each per month (Stripe test double).</p>
<form method="post" action="/checkout/${id}"><button type="submit">Pay and subscribe</button></form>`,
      );
    }
    if (kind === "portal") {
      const portal = portals.get(id);
      const back = portal ? String(portal.return_url) : "/";
      return page("Billing portal", `<p><a href="${back}">Return to Attune</a></p>`);
    }
    return page("Invoice", "<p>A Stripe-hosted invoice (test double).</p>");
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    subscriptions,
    emit,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(kind: string, id: string): [number, Json] {
  return [404, { error: { type: "invalid_request_error", message: `No such ${kind}: '${id}'` } }];
}
