import type { Executor } from "./client";

const perExecutor = new WeakMap<Executor, Map<string, unknown>>();

/**
 * A query built once per database and shape, then only bound and run: building Drizzle queries was
 * about a quarter of a timeline view's time (`npm run bench:timeline-phases`). `name` identifies the
 * shape and is also the statement's name on each connection, so two shapes never share one; the
 * builder must put every per-call value behind a `sql.placeholder`.
 */
export function preparedQuery<T>(db: Executor, name: string, prepare: (name: string) => T): T {
  let shapes = perExecutor.get(db);
  if (!shapes) perExecutor.set(db, (shapes = new Map<string, unknown>()));
  let query = shapes.get(name) as T | undefined;
  if (query === undefined) {
    query = prepare(name);
    shapes.set(name, query);
  }
  return query;
}
