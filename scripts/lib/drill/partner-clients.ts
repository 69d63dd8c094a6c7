import { randomUUID } from "node:crypto";
import type { BenchPartner } from "../../../bench/seed-partners";
import { partnerHeaders, SUBMIT_PATH, submissionBody } from "../../../bench/submit-client";

/** What the phones saw over one drill. */
export interface ClientTally {
  /** keys the server acknowledged (200) */
  acknowledged: Set<string>;
  /** keys sent but never acknowledged by the end (still on a phone) */
  unacknowledged: number;
  attempts: number;
  /** tries that got no answer (connection refused or reset) */
  noAnswer: number;
  /** 503 "try again later" answers, and whether each carried Retry-After and no stack trace */
  unavailable: number;
  unavailableWithoutHint: number;
  /** any other 5xx: must be none */
  serverErrors: number;
  /** 4xx: the submission itself was refused (must be none: the drill sends valid ones) */
  refused: number;
}

const RESEND_SHARE = 0.1;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function looksLikeStackTrace(body: string): boolean {
  return /\n\s+at |\bat [\w$.]+ \(|\.(ts|js|tsx):\d+|node_modules|Failed query/.test(body);
}

/**
 * Phones submitting like the partner's form does: each keeps its idempotency key until the
 * server acknowledges it, retrying after no answer and after a 503 (waiting its Retry-After), and
 * now and then sends an acknowledged submission again. Submits new entries until `loadUntil`,
 * then keeps retrying what is not yet acknowledged until `retryUntil`.
 */
export function startPartnerClients(
  baseUrl: string,
  partners: BenchPartner[],
  {
    loadUntil,
    retryUntil,
    pauseMs = 150,
  }: { loadUntil: number; retryUntil: number; pauseMs?: number },
): { tally: ClientTally; done: Promise<void> } {
  const tally: ClientTally = {
    acknowledged: new Set(),
    unacknowledged: 0,
    attempts: 0,
    noAnswer: 0,
    unavailable: 0,
    unavailableWithoutHint: 0,
    serverErrors: 0,
    refused: 0,
  };

  /** Send until acknowledged (true) or out of time (false). */
  async function sendUntilAcknowledged(partner: BenchPartner, key: string): Promise<boolean> {
    while (Date.now() < retryUntil) {
      tally.attempts++;
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${SUBMIT_PATH}`, {
          method: "POST",
          headers: partnerHeaders(partner.sessionToken),
          body: submissionBody(partner.assignmentId, key),
          signal: AbortSignal.timeout(15_000),
        });
      } catch {
        tally.noAnswer++;
        await sleep(300 + Math.random() * 300);
        continue;
      }
      const text = await response.text().catch(() => "");
      if (response.ok) return true;
      if (response.status === 503) {
        tally.unavailable++;
        const hint = Number(response.headers.get("retry-after"));
        if (!(hint > 0) || looksLikeStackTrace(text)) tally.unavailableWithoutHint++;
        // The phone waits the hint; the drill scales it down to keep the run short.
        await sleep(Math.min(hint > 0 ? hint * 1000 : 1000, 1000) * (0.5 + Math.random()));
        continue;
      }
      if (response.status >= 500) tally.serverErrors++;
      else tally.refused++;
      return false;
    }
    return false;
  }

  async function phone(partner: BenchPartner) {
    let lastAcknowledged: string | undefined;
    while (Date.now() < loadUntil) {
      const resend = lastAcknowledged !== undefined && Math.random() < RESEND_SHARE;
      const key = resend ? lastAcknowledged! : randomUUID();
      if (await sendUntilAcknowledged(partner, key)) {
        tally.acknowledged.add(key);
        lastAcknowledged = key;
      } else if (!resend) {
        tally.unacknowledged++;
      }
      await sleep(pauseMs * (0.5 + Math.random()));
    }
  }

  return { tally, done: Promise.all(partners.map(phone)).then(() => undefined) };
}
