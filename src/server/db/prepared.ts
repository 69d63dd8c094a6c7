import type { Executor } from "./client";
import { statementName } from "./named-statements";

const perExecutor = new WeakMap<Executor, Map<string, unknown>>();

interface Preparable<P> {
  toSQL(): { sql: string };
  prepare(name: string): P;
}

/**
 * A query built once per database and shape, then only bound and run: building Drizzle queries was
 * about a quarter of a timeline view's time (`npm run bench:timeline-phases`). `shape` names the
 * variant (which optional filters it has); the statement's name on each connection also carries
 * a hash of its text, so two texts never share a name, even across a reload in development. The
 * builder must put every per-call value behind a `sql.placeholder`.
 */
export function preparedQuery<P>(db: Executor, shape: string, build: () => Preparable<P>): P {
  let shapes = perExecutor.get(db);
  if (!shapes) perExecutor.set(db, (shapes = new Map<string, unknown>()));
  let query = shapes.get(shape) as P | undefined;
  if (query === undefined) {
    const builder = build();
    query = builder.prepare(`p_${shape}_${statementName(builder.toSQL().sql).slice(0, 12)}`);
    shapes.set(shape, query);
  }
  return query;
}
