import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { isLoopbackUrl } from "./server/local-request";

const isBuild = process.env.NEXT_PHASE === "phase-production-build";
const isProduction = process.env.NODE_ENV === "production";

const flag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

export const env = createEnv({
  server: {
    DATABASE_URL: z
      .string({ error: "is missing: set a PostgreSQL URL, or start with `npm run dev`" })
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
    // A streaming replica of DATABASE_URL: the timeline and session-prep PDF read from it, except
    // for a person who has just written (see src/server/db/read-routing.ts). Unset: the primary.
    DATABASE_REPLICA_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    // No built-in value: a secret in the code would let anyone forge what it signs. `npm run dev`
    // makes one for this machine (.data/dev-secret); tests and scripts pass their own.
    AUTH_SECRET: z
      .string({
        error:
          "is missing: generate one with `openssl rand -base64 32` (`npm run dev` makes its own)",
      })
      .min(32, "must be at least 32 characters: generate one with `openssl rand -base64 32`"),
    APP_URL: z
      .url("must be a full URL such as https://app.example.com")
      .default("http://localhost:3000"),
    EMAIL_FROM: z.string().min(3).default("Attune <no-reply@attune.local>"),
    RESEND_API_KEY: z.string().startsWith("re_", "must start with re_").optional(),
    // The local mailbox stands in for Resend in development and tests; production must opt in.
    ATTUNE_DEV_MAILBOX: flag,
    SESSION_IDLE_MINUTES: z.coerce
      .number({ error: "must be a number of minutes" })
      .int()
      .min(5, "must be at least 5")
      .max(24 * 60, "must be at most 1440 (a day)")
      .default(30),
    // Reverse proxies in front whose X-Forwarded-For / X-Forwarded-Host entries are believed.
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: "must be a whole number of proxies (0 when nothing is in front)" })
      .int("must be a whole number of proxies (0 when nothing is in front)")
      .min(0, "must be 0 or more")
      .max(10, "must be at most 10")
      .default(0),
    // Homework assigned within this many seconds of the last assignment goes out as one email.
    HOMEWORK_EMAIL_DELAY_SECONDS: z.coerce
      .number({ error: "must be a number of seconds" })
      .int("must be a whole number of seconds")
      .min(0, "must be 0 or more")
      .max(600, "must be at most 600 (ten minutes)")
      .default(20),
    // Email delivery's timing: the waits between failed attempts (one more attempt than waits),
    // how long a worker holds an email it is sending, and how long it waits for the provider.
    // The defaults suit production; the fault drills (npm run drill) shorten them.
    EMAIL_RETRY_DELAYS_SECONDS: z
      .string()
      .regex(/^\d+(,\d+)*$/, "must be whole seconds separated by commas, e.g. 60,300,1800,7200")
      .default("60,300,1800,7200")
      .transform((list) => list.split(",").map(Number)),
    EMAIL_LEASE_SECONDS: z.coerce
      .number({ error: "must be a number of seconds" })
      .int()
      .min(2, "must be at least 2")
      .default(600),
    EMAIL_SEND_TIMEOUT_SECONDS: z.coerce
      .number({ error: "must be a number of seconds" })
      .int()
      .min(1, "must be at least 1")
      .default(30),
    // Where a partner's "Quick exit" lands: an everyday site that says nothing about therapy.
    QUICK_EXIT_URL: z
      .url({
        protocol: /^https?$/,
        error: "must be a full http(s) URL such as https://www.google.com/",
      })
      .default("https://www.google.com/"),
    // Where the worker writes practice exports (zip files); the web app reads them from here too.
    EXPORT_DIR: z.string().min(1).default(".data/exports"),
    STRIPE_SECRET_KEY: z.string().startsWith("sk_", "must start with sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must start with whsec_").optional(),
    // The per-seat monthly price members subscribe to (Stripe's price_… id).
    STRIPE_PRICE_ID: z.string().startsWith("price_", "must start with price_").optional(),
    // Tests only: another address for Stripe's API (a local double). Unset: api.stripe.com.
    STRIPE_API_BASE: z.url("must be a full URL such as http://127.0.0.1:12111").optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  skipValidation: isBuild || process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    const lines = issues.map(
      (issue) =>
        `  - ${issue.path?.map((p) => (typeof p === "object" ? String(p.key) : String(p))).join(".") ?? "?"} ${issue.message}`,
    );
    const message = `Attune cannot start: environment variables need attention:\n${lines.join("\n")}`;
    console.error(message);
    throw new Error(message);
  },
});

// In production, email must really leave: a missing key would silently park it in a table.
if (
  isProduction &&
  !isBuild &&
  process.env.SKIP_ENV_VALIDATION !== "1" &&
  !env.RESEND_API_KEY &&
  !env.ATTUNE_DEV_MAILBOX
) {
  const message =
    "Attune cannot start: environment variables need attention:\n" +
    "  - RESEND_API_KEY is missing: production sends email through Resend (set ATTUNE_DEV_MAILBOX=1 only for a demo)";
  console.error(message);
  throw new Error(message);
}

// Billing on needs its price and its webhook secret: half a configuration would bill nobody.
if (!isBuild && process.env.SKIP_ENV_VALIDATION !== "1" && env.STRIPE_SECRET_KEY) {
  const missing = (["STRIPE_PRICE_ID", "STRIPE_WEBHOOK_SECRET"] as const).filter((k) => !env[k]);
  if (missing.length > 0) {
    const message =
      "Attune cannot start: environment variables need attention:\n" +
      missing
        .map((k) => `  - ${k} is missing: billing is on (STRIPE_SECRET_KEY is set)`)
        .join("\n");
    console.error(message);
    throw new Error(message);
  }
}

/** True when email goes to the local mailbox instead of Resend. */
export function usesDevMailbox(): boolean {
  return !env.RESEND_API_KEY;
}

/**
 * The mailbox page exists only where the local mailbox is the transport, never in production
 * unless opted in, and only for a server at a localhost APP_URL: anywhere else people other than
 * the developer can reach it, and it shows every sign-in and personal link.
 */
export function devMailboxEnabled(): boolean {
  return (
    usesDevMailbox() && (!isProduction || env.ATTUNE_DEV_MAILBOX) && isLoopbackUrl(env.APP_URL)
  );
}
