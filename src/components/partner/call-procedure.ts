import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/trpc/root";
import type { FieldErrors } from "~/validation/field-errors";

/**
 * Calls a tRPC procedure over plain fetch, so partner pages need no tRPC or query library in
 * their bundle. Only the router's types are imported: a misspelt procedure or a wrong input
 * fails to compile. Inputs and outputs travel as plain JSON (superjson's `json` envelope), so
 * call only procedures whose input and output are plain JSON (no Date, Map or Set).
 */
type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

/** "router.procedure" for every procedure of the app, e.g. "partner.submitEntry". */
export type ProcedurePath = {
  [R in Extract<keyof Inputs, string>]: `${R}.${Extract<keyof Inputs[R], string>}`;
}[Extract<keyof Inputs, string>];

type Split<P extends ProcedurePath> = P extends `${infer R}.${infer N}` ? [R, N] : never;
type InputOf<P extends ProcedurePath> = Inputs[Split<P>[0]][Split<P>[1] &
  keyof Inputs[Split<P>[0]]];
type OutputOf<P extends ProcedurePath> = Outputs[Split<P>[0]][Split<P>[1] &
  keyof Outputs[Split<P>[0]]];

export type ProcedureResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /**
       * No answer, or "try again later" (503 while the database restarts, 502/504 from a proxy
       * while the app restarts): nothing was wrong with what was sent, so keep it and resend.
       */
      offline: false | "no answer" | "try again later";
      /** when to resend by itself, for an `offline` failure; null otherwise */
      retryAfterSeconds: number | null;
      message: string;
      fieldErrors: FieldErrors;
    };

/** When nothing says otherwise, try again after this long. */
const DEFAULT_RETRY_SECONDS = 10;
const TRY_AGAIN_LATER = new Set([502, 503, 504]);

/** The server's Retry-After in seconds (a number of seconds; dates are not sent by Attune). */
function retryAfter(response: Response): number {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 120) : DEFAULT_RETRY_SECONDS;
}

interface ErrorEnvelope {
  error?: { json?: { message?: string; data?: { fieldErrors?: FieldErrors } } };
}

export async function callProcedure<P extends ProcedurePath>(
  path: P,
  input: InputOf<P>,
): Promise<ProcedureResult<OutputOf<P>>> {
  let response: Response;
  try {
    response = await fetch(`/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    });
  } catch {
    return {
      ok: false,
      offline: "no answer",
      retryAfterSeconds: DEFAULT_RETRY_SECONDS,
      message: "You seem to be offline.",
      fieldErrors: {},
    };
  }
  const body = (await response.json().catch(() => ({}))) as {
    result?: { data?: { json?: OutputOf<P> } };
  } & ErrorEnvelope;
  if (response.ok && body.result?.data)
    return { ok: true, data: body.result.data.json as OutputOf<P> };
  const error = body.error?.json;
  if (TRY_AGAIN_LATER.has(response.status)) {
    return {
      ok: false,
      offline: "try again later",
      retryAfterSeconds: retryAfter(response),
      message: error?.message ?? "Attune cannot be reached just now. Please try again in a moment.",
      fieldErrors: {},
    };
  }
  return {
    ok: false,
    offline: false,
    retryAfterSeconds: null,
    message: error?.message ?? "Something went wrong. Please try again.",
    fieldErrors: error?.data?.fieldErrors ?? {},
  };
}
