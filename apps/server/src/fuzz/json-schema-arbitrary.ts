import fc from 'fast-check';

/** The part of JSON Schema that `z.toJSONSchema` writes for Reserva's inputs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

const MAX_ITEMS = 4;
const CONTROL_FREE = /^\^\[\^\\u0000/;

const plainPiece = fc.string({ unit: 'grapheme', maxLength: 12 });

/**
 * Text with what breaks naive servers: always at least one NUL or other control character (NUL
 * most often: it is what PostgreSQL refuses), among lone surrogates, RTL marks and LIKE wildcards.
 */
export const nastyText = fc
  .tuple(
    plainPiece,
    fc.oneof(
      { weight: 4, arbitrary: fc.constant('\u0000') },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '\u0001',
          '\u0007',
          '\b',
          '\u000b',
          '\u001b',
          '\u007f',
          '\u0085',
          '\u009f',
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\t', '\r') },
    ),
    fc.string({
      unit: fc.oneof(
        fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', '%', "'", '"', '\\', '_'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 12,
    }),
  )
  .map(([before, control, after]) => `${before}${control}${after}`);

/** Long text: up to 20,000 characters, past every field's maximum. */
export const hugeText = fc
  .tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('a', 'Ä', '\u0000', '🙂', '9'))
  .map(([length, unit]) => unit.repeat(length));

/** Anything JSON can carry, with nasty and huge text among it. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyText },
  { weight: 1, arbitrary: hugeText },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -1, 1e308, -0, '', ' ', '[]', '{}') },
);

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, 200);
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'date-time':
      return fc
        .date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString());
    case 'date':
      return fc
        .date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString().slice(0, 10));
    case 'uri':
      return fc.webUrl();
  }
  if (schema.pattern && !CONTROL_FREE.test(schema.pattern)) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((text) => text.length >= minLength && text.length <= Math.max(maxLength, minLength));
  }
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength: Math.max(minLength, maxLength) }),
    },
    { weight: 1, arbitrary: nastyText },
  );
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 100_000);
  if (integer) return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/**
 * Values of the shape a schema describes: the right types, formats, patterns, lengths and ranges.
 * Refinements a JSON Schema cannot say (a real date, a known time zone) may still fail: that is
 * the point of a fuzzer, which then checks the refusal is clean.
 */
export function validShaped(schema: JsonSchema): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(validShaped));
  if (schema.allOf?.[0]) return validShaped(schema.allOf[0]);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      if (schema.properties) {
        const shape = Object.fromEntries(
          Object.entries(schema.properties).map(([key, value]) => [key, validShaped(value)]),
        );
        return fc.record(shape, { requiredKeys: schema.required ?? [] });
      }
      if (typeof schema.additionalProperties === 'object') {
        return fc.dictionary(
          schema.propertyNames ? stringArbitrary(schema.propertyNames) : fc.string({ maxLength: 8 }),
          validShaped(schema.additionalProperties),
          { maxKeys: MAX_ITEMS },
        );
      }
      return fc.constant({});
    }
    case 'array':
      return fc.array(schema.items ? validShaped(schema.items) : junk, {
        minLength: Math.min(schema.minItems ?? 0, MAX_ITEMS),
        maxLength: Math.max(
          Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS),
          Math.min(schema.minItems ?? 0, MAX_ITEMS),
        ),
      });
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return junk;
  }
}

/** Every place in a value, as a path of keys and indexes. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  const below = entries.flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return below.length > 0 ? [path, ...below] : [path];
}

/** `value` with the place at `path` replaced (the root when the path is empty). */
export function replacedAt(value: unknown, path: readonly (string | number)[], by: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return by;
  if (typeof head === 'number') {
    const items = Array.isArray(value) ? [...(value as unknown[])] : [];
    items[head] = replacedAt(items[head], rest, by);
    return items;
  }
  const container: Record<string, unknown> =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
  container[head] = replacedAt(container[head], rest, by);
  return container;
}

/** A value of the right shape with one place (any depth) replaced by junk. */
export function mutated(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc.tuple(validShaped(schema), junk, fc.nat()).map(([value, bad, pick]) => {
    const paths = leafPaths(value);
    return replacedAt(value, paths[pick % paths.length]!, bad);
  });
}

/** Where a schema holds strings: one path per string property, into objects, arrays and each alternative. */
export function stringPaths(schema: JsonSchema, path: (string | number)[] = []): (string | number)[][] {
  const alternatives = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (alternatives) return alternatives.flatMap((alternative) => stringPaths(alternative, path));
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string') && schema.const === undefined && !schema.enum) return [path];
  if (schema.properties)
    return Object.entries(schema.properties).flatMap(([key, value]) => stringPaths(value, [...path, key]));
  if (schema.items) return stringPaths(schema.items, [...path, 0]);
  if (typeof schema.additionalProperties === 'object')
    return stringPaths(schema.additionalProperties, [...path, '7']);
  return [];
}
