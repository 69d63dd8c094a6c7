/** The largest tRPC request body accepted: far above any form (session notes are 20,000 characters). */
export const MAX_TRPC_BODY_BYTES = 512 * 1024;
/** The most procedure calls one batched tRPC request may carry; the app's client batches no more. */
export const MAX_TRPC_BATCH = 10;
