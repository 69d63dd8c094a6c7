import { createHash } from "node:crypto";
import type pg from "pg";

/** Past this many names on one connection, further new statements run unnamed (planned each time). */
const NAMES_PER_CONNECTION = 500;

/**
 * A named statement the server no longer has as it was: "prepared statement does not exist"
 * (26000: a pooler or DISCARD dropped it) or "cached plan must not change result type" (0A000: a
 * migration changed a column it returns while this process kept running).
 */
const STALE_STATEMENT = new Set(["26000", "0A000"]);

type QueryConfig = pg.QueryConfig & { name?: string };
type Callback = (error: Error | null, result?: unknown) => void;

/** Short enough for PostgreSQL's 63-byte names, unique per text. */
export function statementName(text: string): string {
  return createHash("sha1").update(text).digest("base64url");
}

/**
 * Names every statement that has parameters after a hash of its text, so a connection parses and
 * plans it once and afterwards only binds and runs it — what postgres.js does by default. Drizzle
 * builds the same text for the same query shape, and planning the timeline's couple statement
 * alone cost 1.7 ms of its 2.3 (`npm run bench:timeline-phases`). Only statements that already
 * carry parameters are named: they go through the extended protocol anyway, which never allows
 * several statements in one text. A name the server reports stale is not used again on that
 * connection (the statement fails that once and runs unnamed after). Note for operators: a pooler
 * in transaction mode must keep prepared statements per server connection (PgBouncer 1.21+ with
 * max_prepared_statements).
 */
export function nameRepeatedStatements(client: pg.PoolClient): void {
  const names = new Set<string>();
  const stale = new Set<string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = (config: QueryConfig, values: unknown): QueryConfig => {
    // Named by the caller (a Drizzle prepared query): kept, unless the server dropped it.
    if (config.name !== undefined)
      return stale.has(config.name) ? { ...config, name: undefined } : config;
    const params = Array.isArray(values) ? values : config.values;
    if (!params || params.length === 0) return config;
    const name = `a_${statementName(config.text)}`;
    if (stale.has(name)) return config;
    if (!names.has(name)) {
      if (names.size >= NAMES_PER_CONNECTION) return config;
      names.add(name);
    }
    return { ...config, name };
  };
  const forgetIfStale = (name: string | undefined, error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    if (name && typeof code === "string" && STALE_STATEMENT.has(code)) {
      names.delete(name);
      stale.add(name);
    }
  };
  /** Runs the statement, watching its answer (promise or callback) for a stale name. */
  const run = (config: QueryConfig, rest: unknown[]) => {
    const last = rest.at(-1);
    if (typeof last === "function") {
      const callback = last as Callback;
      const watched: Callback = (error, result) => {
        forgetIfStale(config.name, error);
        callback(error, result);
      };
      return query(config, ...rest.slice(0, -1), watched);
    }
    const answer = query(config, ...rest) as Promise<unknown>;
    return answer.catch((error: unknown) => {
      forgetIfStale(config.name, error);
      throw error;
    });
  };
  client.query = ((...args: unknown[]) => {
    const [first, values] = args;
    // A submittable (a cursor, a stream) runs itself: it is left as it is.
    if (
      first &&
      typeof first === "object" &&
      typeof (first as QueryConfig).text === "string" &&
      typeof (first as { submit?: unknown }).submit !== "function"
    )
      return run(named(first as QueryConfig, values), args.slice(1));
    if (typeof first === "string" && Array.isArray(values) && values.length > 0)
      return run(named({ text: first }, values), args.slice(1));
    return query(...args);
  }) as typeof client.query;
}
