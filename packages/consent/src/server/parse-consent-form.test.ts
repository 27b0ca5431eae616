import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/thrown';
import { ConsentFormError } from './consent-form-error';
import { type ConsentFormBody, parseConsentForm } from './parse-consent-form';

/** The error a body is refused with, or a test failure if it is not. */
const errorOf = (body: unknown) =>
  thrown(() => parseConsentForm(body as ConsentFormBody), ConsentFormError);

describe('parseConsentForm', () => {
  it('reads the cookies page radios and the banner buttons', () => {
    expect(parseConsentForm(new URLSearchParams('analytical=yes'))).toEqual({
      analytical: true,
      method: 'form',
    });
    expect(parseConsentForm(new URLSearchParams('analytical=no'))).toEqual({
      analytical: false,
      method: 'form',
    });
    expect(parseConsentForm('analytical=accept&csrf=abc')).toEqual({
      analytical: true,
      method: 'form',
    });
    expect(parseConsentForm('analytical=reject')).toEqual({ analytical: false, method: 'form' });
  });

  it('reads FormData and objects of fields (as body parsers give them)', () => {
    const data = new FormData();
    data.set('analytical', 'no');
    expect(parseConsentForm(data).analytical).toBe(false);
    expect(parseConsentForm({ analytical: 'yes' }).analytical).toBe(true);
    expect(parseConsentForm({ analytical: ['no', 'no'] }).analytical).toBe(false);
    expect(parseConsentForm({ analytical: ' Yes ' }).analytical).toBe(true);
  });

  it('refuses a form without the field, naming it and the expected values', () => {
    const error = errorOf('other=1');
    expect(error.field).toBe('analytical');
    expect(error.message).toBe(
      'The consent form has no "analytical" field: expected analytical=yes or analytical=no (or accept/reject).',
    );
    expect(errorOf({}).field).toBe('analytical');
  });

  it('refuses any other value, quoting it', () => {
    expect(errorOf('analytical=maybe').message).toBe(
      'The consent form\'s "analytical" field is "maybe": expected analytical=yes or analytical=no (or accept/reject).',
    );
    expect(errorOf({ analytical: { yes: 1 } }).message).toContain('is {"yes":1}');
    expect(errorOf({ analytical: 'constructor' }).field).toBe('analytical');
    expect(errorOf({ analytical: '__proto__' }).field).toBe('analytical');
  });

  it('refuses a file where the choice should be', () => {
    const data = new FormData();
    data.set('analytical', new Blob(['yes']), 'yes.txt');
    expect(errorOf(data).field).toBe('analytical');
  });

  it('refuses conflicting repeated values rather than pick one', () => {
    expect(errorOf('analytical=yes&analytical=no').message).toContain('both "yes" and "no"');
  });

  it('ignores inherited properties: only the form’s own field counts', () => {
    const inherited = Object.create({ analytical: 'yes' });
    expect(errorOf(inherited).message).toContain('no "analytical" field');
  });

  it('refuses an oversized body and bodies of the wrong kind', () => {
    expect(errorOf(`analytical=yes&pad=${'x'.repeat(70_000)}`).field).toBe('body');
    for (const body of [undefined, null, 42, ['analytical=yes']]) {
      expect(errorOf(body).message).toMatch(
        /^The consent form's body must be URLSearchParams, FormData, a urlencoded string or an object of fields; found /,
      );
    }
  });

  it('never throws anything but ConsentFormError, and grants analytics only for yes or accept (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.anything())), (body) => {
        try {
          const choice = parseConsentForm(body as ConsentFormBody);
          const sent =
            typeof body === 'string'
              ? new URLSearchParams(body).getAll('analytical')
              : [body.analytical].flat();
          if (choice.analytical) {
            for (const value of sent)
              expect(['yes', 'accept']).toContain(String(value).trim().toLowerCase());
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ConsentFormError);
        }
      }),
    );
  });
});
