import type { ConsentConfig, ConsentConfigInput } from '../config/consent-config';
import { ConsentConfigError } from '../config/consent-config-error';
import { defineConsentConfig } from '../config/define-consent-config';
import { quote } from '../errors/quote';

/**
 * The site's configuration as the audit judges by it, from what a module exports, a JSON
 * file holds or the page's drop-in `<script type="application/json" id="ddscp-consent-config">`
 * carries: the input of `defineConsentConfig` (or its result), where the drop-in's own
 * settings (`ui`, Google Consent Mode) are ignored and patterns may be written as JSON.
 * Throws a `ConsentConfigError` that names the field.
 */
export function configFromData(data: unknown): ConsentConfig {
  if (Object(data) !== data || Array.isArray(data)) return defineConsentConfig(data as never);
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as object))
    if (!DROP_IN_ONLY.test(key)) input[key] = value;
  return defineConsentConfig(patternsFromJson(input) as unknown as ConsentConfigInput);
}

/** The drop-in's settings for the page, which say nothing about cookies: `ui`, Consent Mode. */
const DROP_IN_ONLY = /^ui$|google|consent-?mode/i;

// ───────────────────────────────────────────────────────────────────────────────────────
// TEMPORARY, until issue 12 lands: defineConsentConfig will accept `{ "pattern": "^_ga_",
// "flags"?: "i" }` wherever it accepts a RegExp, and this function then goes (configFromData
// calls defineConsentConfig directly). Only the places that take patterns are converted.
// ───────────────────────────────────────────────────────────────────────────────────────
/** A copy of `input` whose JSON patterns (`{ pattern, flags? }`) in cookie names and storage keys are RegExps. */
export function patternsFromJson(input: Record<string, unknown>): Record<string, unknown> {
  const categories = input.categories;
  if (Object(categories) !== categories || Array.isArray(categories)) return input;
  const converted: Record<string, unknown> = {};
  for (const [name, category] of Object.entries(categories as object)) {
    const field = `categories.${name}`;
    if (Object(category) !== category || Array.isArray(category)) {
      converted[name] = category;
      continue;
    }
    const { cookies, storage } = category as { cookies?: unknown; storage?: unknown };
    converted[name] = {
      ...category,
      ...(Array.isArray(cookies) && {
        cookies: cookies.map((cookie, index) =>
          Object(cookie) === cookie && !Array.isArray(cookie)
            ? { ...cookie, name: toPattern(cookie.name, `${field}.cookies[${index}].name`) }
            : cookie,
        ),
      }),
      ...(Array.isArray(storage) && {
        storage: storage.map((key, index) => toPattern(key, `${field}.storage[${index}]`)),
      }),
    };
  }
  return { ...input, categories: converted };
}

/** `{ pattern, flags? }` as a RegExp; anything else as it is (defineConsentConfig checks it). */
function toPattern(value: unknown, field: string): unknown {
  if (Object(value) !== value || value instanceof RegExp || Array.isArray(value)) return value;
  const { pattern, flags = '', ...rest } = value as Record<string, unknown>;
  const form = 'a name, or a pattern such as { "pattern": "^_ga_" } (flags: d, i, m, s, u, v)';
  if (typeof pattern !== 'string' || typeof flags !== 'string' || Object.keys(rest).length > 0)
    throw new ConsentConfigError(field, `must be ${form}; found ${quote(value)}.`);
  if (!/^[dimsuv]*$/.test(flags))
    throw new ConsentConfigError(
      field,
      `must have flags among d, i, m, s, u, v (g and y make a pattern's test() stateful); found ${quote(flags)}.`,
    );
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    throw new ConsentConfigError(
      field,
      `must be a valid regular expression; found ${quote(pattern)} (${(error as Error).message}).`,
      { cause: error },
    );
  }
}
