// The fields a catalogue allows at a place in it, read off the zod schema itself, so that
// "unknown field" messages can list them and suggest the one meant, and can never drift
// from what the schema accepts.
import type * as z from 'zod';

type Def = {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** The schema inside optional, default, prefault, nullable, readonly and pipe (its input). */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) break;
    current = inner;
  }
  return current;
}

/**
 * The field names of the object that `schema` expects at `path` (keys and list indexes, as
 * zod writes paths), or `undefined` when there is no object there. @internal
 */
export function fieldsAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): readonly string[] | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    current =
      def.type === 'object' && typeof key === 'string'
        ? def.shape?.[key]
        : def.type === 'array' && typeof key === 'number'
          ? def.element
          : undefined;
  }
  if (!current) return undefined;
  const def = defOf(unwrap(current));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}
