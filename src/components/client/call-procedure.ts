/**
 * Calls a tRPC procedure over plain fetch, so client pages need no tRPC or query library in
 * their bundle. Inputs and outputs here are plain JSON (superjson's `json` envelope).
 */
export type ProcedureResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      offline: boolean;
      message: string;
      fieldErrors: Record<string, string[] | undefined>;
    };

interface ErrorEnvelope {
  error?: { json?: { message?: string; data?: { fieldErrors?: Record<string, string[]> } } };
}

export async function callProcedure<T>(path: string, input: unknown): Promise<ProcedureResult<T>> {
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
    result?: { data?: { json?: T } };
  } & ErrorEnvelope;
  if (response.ok && body.result?.data) return { ok: true, data: body.result.data.json as T };
  const error = body.error?.json;
  return {
    ok: false,
    offline: false,
    message: error?.message ?? "Something went wrong. Please try again.",
    fieldErrors: error?.data?.fieldErrors ?? {},
  };
}
