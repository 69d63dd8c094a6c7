import fc from "fast-check";
import type { z } from "zod";
import { homeworkKinds } from "~/homework/registry";
import { appRouter } from "~/server/trpc/root";
import {
  anyValue,
  badFieldValue,
  badText,
  deepNesting,
  withOneFieldWrong,
  wrongType,
} from "./bad-values";
import {
  arbitraryFor,
  inputJsonSchema,
  mergedObjectSchema,
  type JsonSchema,
  type SchemaHints,
} from "./schema-arbitrary";

export interface FuzzedProcedure {
  /** "couples.create" */
  path: string;
  type: "query" | "mutation" | "subscription";
  /** The merged JSON Schema of its inputs, or null when it takes none. */
  input: JsonSchema | null;
}

interface ProcedureDef {
  _def: { type: FuzzedProcedure["type"]; inputs: z.ZodType[] };
}

/**
 * Every procedure of the app's router, read from the router itself: a procedure added anywhere is
 * fuzzed without touching this folder.
 */
function routerProcedures(): FuzzedProcedure[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.entries(procedures)
    .map(([path, procedure]) => {
      const inputs = procedure._def.inputs.map(inputJsonSchema);
      return {
        path,
        type: procedure._def.type,
        input: inputs.length > 0 ? mergedObjectSchema(inputs) : null,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** This shard's share of the procedures (every `shards`-th one), so files can run in parallel. */
export function procedureShard(shard: number, shards: number): FuzzedProcedure[] {
  return routerProcedures().filter((_, index) => index % shards === shard);
}

/**
 * A homework payload shaped by its kind's own schema when the input names the kind beside it
 * (entries), so near-valid answers reach the kinds' validation and the database.
 */
function payloadHint(hints: SchemaHints): SchemaHints["property"] {
  const kinds = Object.values(homeworkKinds);
  const payloads = fc.oneof(
    ...kinds.map((kind) =>
      arbitraryFor(inputJsonSchema(kind.schema), { ...hints, property: undefined }),
    ),
  );
  return (name, schema) => (name === "payload" ? payloads : hints.property?.(name, schema));
}

/**
 * The inputs one procedure is fuzzed with: near-valid (its own schema's shape with exactly one
 * field wrong), valid-ish (its shape, maybe refused by a refinement), arbitrary JSON and values,
 * wrong types, hostile text and deep nesting.
 */
export function inputsFor(procedure: FuzzedProcedure, hints: SchemaHints): fc.Arbitrary<unknown> {
  const withPayloads: SchemaHints = { ...hints, property: payloadHint(hints) };
  const shaped = procedure.input
    ? arbitraryFor(procedure.input, withPayloads)
    : fc.constant(undefined);
  const nearValid = fc
    .tuple(shaped, fc.nat(), badFieldValue)
    .map(([value, pick, bad]) => withOneFieldWrong(value, pick, bad));
  return fc.oneof(
    { weight: 8, arbitrary: nearValid },
    { weight: 3, arbitrary: shaped },
    { weight: 1, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: anyValue },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: badText },
    { weight: 1, arbitrary: deepNesting },
  );
}
