import { createHash } from "node:crypto";
import type pg from "pg";

/** Past this many names on one connection, further new statements run unnamed (planned each time). */
const NAMES_PER_CONNECTION = 500;

type QueryConfig = pg.QueryConfig & { name?: string };

/**
 * Names every statement that has parameters after a hash of its text, so a connection parses and
 * plans it once and afterwards only binds and runs it — what postgres.js does by default. Drizzle
 * builds the same text for the same query shape, and planning the timeline's couple statement
 * alone cost 1.7 ms of its 2.3 (`npm run bench:timeline-phases`). Only statements that already
 * carry parameters are named: they go through the extended protocol anyway, which never allows
 * several statements in one text. Note for operators: a pooler in transaction mode must keep
 * prepared statements per server connection (PgBouncer 1.21+ with max_prepared_statements).
 */
export function nameRepeatedStatements(client: pg.PoolClient): void {
  const names = new Set<string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = (config: QueryConfig, values: unknown): QueryConfig => {
    const params = Array.isArray(values) ? values : config.values;
    if (config.name !== undefined || !params || params.length === 0) return config;
    const name = `a_${createHash("sha1").update(config.text).digest("base64url")}`;
    if (!names.has(name)) {
      if (names.size >= NAMES_PER_CONNECTION) return config;
      names.add(name);
    }
    return { ...config, name };
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
      return query(named(first as QueryConfig, values), ...args.slice(1));
    if (typeof first === "string" && Array.isArray(values) && values.length > 0)
      return query(named({ text: first }, values), ...args.slice(1));
    return query(...args);
  }) as typeof client.query;
}
