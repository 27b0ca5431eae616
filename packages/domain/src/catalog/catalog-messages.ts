// Messages for zod's built-in checks in words a person keeping a catalogue file reads
// easily: what was expected, and what was found (quoted and truncated).
import type * as z from 'zod';
import { closestMatch } from '../internal/closest-match';
import { describeValue } from '../internal/describe-value';
import { plural } from '../internal/plural';

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
};

const unit = (origin: unknown, count: number | bigint) =>
  origin === 'string'
    ? plural(count, 'character')
    : origin === 'array'
      ? plural(count, 'item')
      : String(count);

/**
 * A zod error map for catalogue files; schemas' own messages still win over it. @internal
 */
export const catalogMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return issue.input === undefined
        ? `Missing: expected ${expected}.`
        : `Expected ${expected}; found ${describeValue(issue.input)}.`;
    }
    case 'invalid_value': {
      const values = issue.values.filter((value): value is string => typeof value === 'string');
      const suggestion = closestMatch(issue.input, values);
      return `Expected ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((value) => JSON.stringify(value)).join(', ')}; found ${describeValue(issue.input)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`;
    }
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? 'Expected some text; found none.'
        : `Expected at least ${unit(issue.origin, issue.minimum)}.`;
    case 'too_big':
      return `Expected at most ${unit(issue.origin, issue.maximum)}.`;
    default:
      return undefined;
  }
};
