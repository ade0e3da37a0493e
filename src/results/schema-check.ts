// A small JSON Schema checker for the subset record.schema.json uses (type, const, enum, pattern,
// minimum, required, properties, additionalProperties, items): enough to tell a tutor exactly
// which field of a learner's record is wrong, with no dependency.

export interface Schema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  [other: string]: unknown;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const fits = (actual: string, wanted: string) => actual === wanted || (wanted === 'number' && actual === 'integer');

/** Every way `value` breaks `schema`, as "path: what is wrong"; [] when it fits. */
export function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const wanted = ([] as string[]).concat(schema.type);
    if (!wanted.some((t) => fits(actual, t))) return [`${path}: should be ${wanted.join(' or ')}, not ${actual}`];
  }
  const errors: string[] = [];
  if ('const' in schema && value !== schema.const) errors.push(`${path}: should be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: should be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (schema.pattern !== undefined && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: "${value}" does not match ${schema.pattern}`);
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) errors.push(`${path}: should be at least ${schema.minimum}`);
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${path}: lacks "${key}"`);
    for (const [key, child] of Object.entries(object)) {
      const sub = schema.properties?.[key] ?? schema.additionalProperties;
      if (sub === false) errors.push(`${path}: has an unknown field "${key}"`);
      else if (sub && sub !== true) errors.push(...schemaErrors(sub, child, `${path}.${key}`));
    }
  }
  if (actual === 'array' && schema.items) (value as unknown[]).forEach((item, i) => errors.push(...schemaErrors(schema.items!, item, `${path}[${i}]`)));
  return errors;
}
