import fc from "fast-check";
import { z } from "zod";

/** The part of JSON Schema (draft 2020-12) that zod 4's `z.toJSONSchema` writes for our inputs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
}

/** What the generator cannot learn from a schema: ids that exist, so inputs get past "not found". */
export interface SchemaHints {
  /** Ids of rows in the fuzz database (and some that are not), for `…Id` / `…Ids` fields. */
  ids: fc.Arbitrary<string>;
  /** A value for a property by its name and its object so far, when the schema says too little. */
  property?: (name: string, schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;
}

/**
 * The JSON Schema of what a zod 4 schema accepts as input. Refinements and transforms do not
 * appear in it, so values generated from it are "valid-ish": shaped right, sometimes refused.
 */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** The object schemas of a procedure's stacked `.input()`s, merged as tRPC merges the inputs. */
export function mergedObjectSchema(schemas: JsonSchema[]): JsonSchema {
  if (schemas.length === 1) return schemas[0]!;
  if (!schemas.every((s) => s.type === "object")) return { allOf: schemas };
  return {
    type: "object",
    properties: Object.assign({}, ...schemas.map((s) => s.properties ?? {})) as Record<
      string,
      JsonSchema
    >,
    required: schemas.flatMap((s) => s.required ?? []),
  };
}

const MAX_ARRAY = 4;
const MAX_TEXT = 200;

/** Values shaped by `schema`: the right types, lengths, bounds, enums and formats. */
export function arbitraryFor(
  schema: JsonSchema | boolean | undefined,
  hints: SchemaHints,
  name = "",
): fc.Arbitrary<unknown> {
  if (schema === undefined || schema === true) return fc.jsonValue({ maxDepth: 2 });
  if (schema === false) return fc.constant(undefined);
  const named = name ? hints.property?.(name, schema) : undefined;
  if (named) return named;
  if ("const" in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryFor(choice, hints, name)));
  if (schema.allOf) return arbitraryFor(mergedObjectSchema(schema.allOf), hints, name);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => arbitraryFor({ ...schema, type }, hints, name)));
  }
  switch (schema.type) {
    case "string":
      return stringFor(schema, hints, name);
    case "integer":
      return fc.integer({ min: lowerBound(schema, -1e6), max: upperBound(schema, 1e6) });
    case "number":
      return fc.oneof(
        fc.integer({ min: lowerBound(schema, -1e6), max: upperBound(schema, 1e6) }),
        fc.double({
          min: lowerBound(schema, -1e6),
          max: upperBound(schema, 1e6),
          noNaN: true,
          noDefaultInfinity: true,
        }),
      );
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return arrayFor(schema, hints, name);
    case "object":
      return objectFor(schema, hints);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function lowerBound(schema: JsonSchema, fallback: number): number {
  if (schema.minimum !== undefined) return Math.ceil(schema.minimum);
  if (schema.exclusiveMinimum !== undefined) return Math.floor(schema.exclusiveMinimum) + 1;
  return fallback;
}

function upperBound(schema: JsonSchema, fallback: number): number {
  if (schema.maximum !== undefined) return Math.floor(schema.maximum);
  if (schema.exclusiveMaximum !== undefined) return Math.ceil(schema.exclusiveMaximum) - 1;
  return fallback;
}

const isoDate = fc
  .date({
    min: new Date("2019-01-01T00:00:00Z"),
    max: new Date("2031-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

function stringFor(schema: JsonSchema, hints: SchemaHints, name: string): fc.Arbitrary<string> {
  if (schema.format === "uuid" || /Ids?$/.test(name)) return hints.ids;
  if (schema.format === "date") return isoDate;
  if (schema.format === "date-time") return isoDate.map((day) => `${day}T12:00:00.000Z`);
  if (schema.format === "email") return fc.emailAddress();
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_TEXT, MAX_TEXT));
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: "grapheme" }),
    // Exactly at the limit, where off-by-one mistakes live.
    fc.constant("é".repeat(Math.min(schema.maxLength ?? 64, 20_000))),
  );
}

function arrayFor(schema: JsonSchema, hints: SchemaHints, name: string): fc.Arbitrary<unknown[]> {
  const item = name.endsWith("s") ? name.slice(0, -1) : name;
  if (schema.prefixItems) {
    return fc.tuple(...schema.prefixItems.map((s) => arbitraryFor(s, hints, item)));
  }
  const minLength = schema.minItems ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? MAX_ARRAY, MAX_ARRAY));
  return fc.array(arbitraryFor(schema.items === false ? undefined : schema.items, hints, item), {
    minLength,
    maxLength,
  });
}

function objectFor(schema: JsonSchema, hints: SchemaHints): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const known = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([key, s]) => [key, arbitraryFor(s, hints, key)]),
    ),
    { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
  );
  const extra = schema.additionalProperties;
  if (!extra || Object.keys(properties).length > 0) return known;
  const keys = arbitraryFor(
    schema.propertyNames ?? { type: "string" },
    hints,
  ) as fc.Arbitrary<string>;
  return fc.dictionary(keys, arbitraryFor(extra, hints), { maxKeys: MAX_ARRAY });
}
