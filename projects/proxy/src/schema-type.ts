import type { FromSchema, FromSchemaOptions, JSONSchema } from 'json-schema-to-ts';

/** Schemas with an `$id` that `$ref`s may name. */
type SchemaReferences = Exclude<FromSchemaOptions['references'], false | undefined>;

/** Drops the `[key: string]: unknown` that json-schema-to-ts adds to objects without `additionalProperties: false`. */
type Closed<T> = T extends readonly (infer Item)[]
  ? Closed<Item>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Closed<T[K]> }
    : T;

/**
 * The TypeScript type of what an `as const` JSON schema accepts, so a wire shape is written once.
 * Objects are closed, as the hand-written types were: code reads only declared keys, responses are
 * serialized by their schema (which drops undeclared ones), and the schemas stay as they are (no
 * `additionalProperties: false` added to them or the OpenAPI document). A property with a `default`
 * is required: validation fills it in. `References` resolves `$ref`s to schemas with that `$id`.
 */
export type SchemaType<S extends JSONSchema, References extends SchemaReferences = []> = Closed<
  FromSchema<S, { references: References }>
>;
