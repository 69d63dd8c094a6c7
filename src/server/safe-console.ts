import { logSafeError } from "./log-safe-error";

/**
 * What console.error and console.warn are given, made safe to log: an Error becomes the one line
 * logSafeError writes (no stack, no query parameters), and text that quotes a failed query loses
 * the query and its parameters (which can hold client names and what partners wrote).
 */
export function safeLogArgs(args: unknown[]): unknown[] {
  return args.map((arg) => {
    if (arg instanceof Error) {
      const digest = (arg as Error & { digest?: unknown }).digest;
      return `${logSafeError(arg)}${typeof digest === "string" ? ` (digest ${digest})` : ""}`;
    }
    if (typeof arg === "string" && /Failed query|params:/.test(arg)) {
      return arg.replace(/Failed query[\s\S]*/, "query failed");
    }
    return arg;
  });
}

/** Route every server-side console.error and console.warn through safeLogArgs. */
export function installSafeConsole() {
  for (const level of ["error", "warn"] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => original(...safeLogArgs(args));
  }
}
