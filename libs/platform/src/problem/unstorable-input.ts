import type { FieldError } from './problem-details';

/** Deeper than any request body Lagspill takes; deeper ones would only exhaust the validator's stack. */
export const MAX_INPUT_DEPTH = 16;

// U+0000 and UTF-16 halves without their partner: PostgreSQL stores neither in text or jsonb.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Field names that are names of `Object.prototype` and its machinery. class-transformer silently drops
 * those whose value on the target is a function (`constructor`, `toString`, `hasOwnProperty`…) and
 * assigns `__proto__`, replacing the prototype of the object it builds; code that looks such a name up in
 * a plain object (`name in map`, `map[name]`) finds what every object inherits. No Lagspill request has a
 * field of these names, so each is refused by name before any DTO sees it.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/**
 * The first place in a request's body, query or parameter that no rule of a request DTO could judge
 * safely: text PostgreSQL cannot store (it would fail the statement, a 500), a field named like a member
 * of `Object.prototype` (see PROTOTYPE_KEYS), or nesting too deep for class-transformer's recursion.
 * Walks with its own stack, so a deep value cannot overflow this either.
 */
export function findUnstorableInput(value: unknown, root: string): FieldError | undefined {
  const pending: { value: unknown; field: string; depth: number }[] = [{ value, field: root, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, field, depth } = pending.pop()!;
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) return { field, message: `${field} must not contain NUL or unpaired surrogates` };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_INPUT_DEPTH) return { field, message: `${field} is nested deeper than ${MAX_INPUT_DEPTH} levels` };
    for (const [key, child] of Object.entries(current)) {
      const childField = Array.isArray(current) ? `${field}[${key}]` : field ? `${field}.${key}` : key;
      if (UNSTORABLE.test(key))
        return { field: childField, message: 'a field name must not contain NUL or unpaired surrogates' };
      if (!Array.isArray(current) && PROTOTYPE_KEYS.has(key))
        return { field: childField, message: `${key} is the name of a JavaScript built-in, not a field` };
      pending.push({ value: child, field: childField, depth: depth + 1 });
    }
  }
  return undefined;
}
