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
  | { ok: false; offline: boolean; message: string; fieldErrors: FieldErrors };

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
    return { ok: false, offline: true, message: "You seem to be offline.", fieldErrors: {} };
  }
  const body = (await response.json().catch(() => ({}))) as {
    result?: { data?: { json?: OutputOf<P> } };
  } & ErrorEnvelope;
  if (response.ok && body.result?.data)
    return { ok: true, data: body.result.data.json as OutputOf<P> };
  const error = body.error?.json;
  return {
    ok: false,
    offline: false,
    message: error?.message ?? "Something went wrong. Please try again.",
    fieldErrors: error?.data?.fieldErrors ?? {},
  };
}
