import type { ConsentChoice } from '../decision/consent-decision';
import { quote } from '../errors/quote';
import { ConsentFormError } from './consent-form-error';

/** A urlencoded body longer than this is not our two-field form. */
const MAX_BODY_LENGTH = 64 * 1024;
/** The cookies page's radios send yes/no; the banner's buttons send accept/reject (as GOV.UK's do). */
const ANSWERS = new Map([
  ['yes', true],
  ['accept', true],
  ['no', false],
  ['reject', false],
]);
const EXPECTED = 'expected analytical=yes or analytical=no (or accept/reject)';

/** A posted form as servers and frameworks hand it over. */
export type ConsentFormBody =
  | string
  | URLSearchParams
  | FormData
  | { readonly getAll: (name: string) => unknown[] }
  | Readonly<Record<string, unknown>>;

/**
 * Reads the no-JavaScript consent form (the banner's buttons or the cookies page's radios,
 * field `analytical`) into a choice for {@link consentSetCookie}, with `method: 'form'`.
 *
 * The body is hostile input. A missing field, a value other than `yes`/`no`/`accept`/`reject`,
 * a file, conflicting repeated values, a nested object or an oversized body throws a
 * {@link ConsentFormError} that says what was found; nothing is ever guessed.
 *
 * @example
 * const choice = parseConsentForm(new URLSearchParams(await readBody(req))); // { analytical: false, method: 'form' }
 */
export function parseConsentForm(
  body: ConsentFormBody,
): ConsentChoice & { readonly method: 'form' } {
  let values: unknown[];
  if (typeof body === 'string') {
    if (body.length > MAX_BODY_LENGTH)
      throw new ConsentFormError(
        'body',
        `The consent form's body is ${body.length} characters long; a consent form is well under ${MAX_BODY_LENGTH}.`,
      );
    values = new URLSearchParams(body).getAll('analytical');
  } else if (typeof body === 'object' && body !== null && typeof body.getAll === 'function') {
    values = body.getAll('analytical');
  } else if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const value = Object.hasOwn(body, 'analytical')
      ? (body as Record<string, unknown>).analytical
      : undefined;
    values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  } else {
    throw new ConsentFormError(
      'body',
      `The consent form's body must be URLSearchParams, FormData, a urlencoded string or an object of fields; found ${quote(body)}.`,
    );
  }
  if (values.length === 0)
    throw new ConsentFormError(
      'analytical',
      `The consent form has no "analytical" field: ${EXPECTED}.`,
    );
  const answers = new Set(
    values.map((value) => {
      const answer =
        typeof value === 'string' ? ANSWERS.get(value.trim().toLowerCase()) : undefined;
      if (answer === undefined)
        throw new ConsentFormError(
          'analytical',
          `The consent form's "analytical" field is ${quote(value)}: ${EXPECTED}.`,
        );
      return answer;
    }),
  );
  if (answers.size > 1)
    throw new ConsentFormError(
      'analytical',
      `The consent form sent both "yes" and "no" for "analytical": ${EXPECTED}, once.`,
    );
  return { analytical: answers.has(true), method: 'form' };
}
