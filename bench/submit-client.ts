import { examplePayload } from "../src/homework/micro-hurt";

/**
 * One partner's submission as the phone sends it: a micro-hurt log for their assignment under an
 * idempotency key the phone keeps until the server acknowledges it. Shared by bench:submit and
 * the fault drills (npm run drill), so both put the same load on the server.
 */
export const SUBMIT_PATH = "/api/trpc/partner.submitEntry";

export function submissionBody(assignmentId: string | undefined, idempotencyKey: string): string {
  return JSON.stringify({
    json: {
      kind: "micro_hurt",
      assignmentId,
      idempotencyKey,
      payload: { ...examplePayload, intensity: Math.floor(Math.random() * 11) },
    },
  });
}

export function partnerHeaders(sessionToken: string): Record<string, string> {
  return { "content-type": "application/json", cookie: `attune_partner=${sessionToken}` };
}
