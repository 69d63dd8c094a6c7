import { parseArgs } from "node:util";
import { z } from "zod";

const portSchema = z.coerce
  .number({ error: "must be a number such as 3000" })
  .int("must be a whole number such as 3000")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

const hostSchema = z
  .string()
  .trim()
  .min(1, "must be an address to listen on, such as 127.0.0.1 or 0.0.0.0");

const appUrlSchema = z.url({
  protocol: /^https?$/,
  error: "must be a full URL such as http://localhost:3000",
});

export interface DevOptions {
  port: number;
  /** The address Next listens on: this machine only unless HOST or -H says otherwise. */
  hostname: string;
  /** Where every link Attune builds points: APP_URL, or the address the dev server really serves. */
  appUrl: string;
}

/** Thrown with a message a person can act on, e.g. "-p must be between 1 and 65535". */
export class DevOptionsError extends Error {}

function parsed<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DevOptionsError(`${name} ${result.error.issues[0]?.message ?? "is not valid"}`);
}

/**
 * `npm run dev -- -p 3917` (or `--port`, or PORT=3917) and `-H`/`--hostname` (or HOST); the
 * command line wins over the environment. APP_URL defaults to http://localhost:<port>.
 */
export function resolveDevOptions(
  argv: string[],
  env: { PORT?: string; HOST?: string; APP_URL?: string },
): DevOptions {
  let values: { port?: string; hostname?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", short: "p" },
        hostname: { type: "string", short: "H" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new DevOptionsError(
      `${error instanceof Error ? error.message : String(error)} (npm run dev accepts -p/--port and -H/--hostname)`,
    );
  }
  const port = values.port
    ? parsed(portSchema, values.port, "-p")
    : parsed(portSchema, env.PORT || "3000", "PORT");
  const hostname = values.hostname
    ? parsed(hostSchema, values.hostname, "-H")
    : parsed(hostSchema, env.HOST || "127.0.0.1", "HOST");
  const appUrl = env.APP_URL
    ? parsed(appUrlSchema, env.APP_URL, "APP_URL")
    : `http://localhost:${port}`;
  return { port, hostname, appUrl };
}
