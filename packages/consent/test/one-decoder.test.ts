// @vitest-environment happy-dom
// The head script, the browser manager and the server read the consent cookie with one
// function: on any Cookie header, however hostile, they agree on "decided" and on the decision.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../src/browser/create-consent';
import type { ConsentConfig } from '../src/config/consent-config';
import { defineConsentConfig } from '../src/config/define-consent-config';
import { encodeConsent } from '../src/cookies/consent-cookie-format';
import { decidedBeforePaint } from '../src/head/decided-before-paint';
import { renderConsentHeadScriptHtml } from '../src/head/render-consent-head-script-html';
import { readConsent } from '../src/server/read-consent';
import { parseHtml, resetPage } from './browser-page';
import { configInput } from './fixtures';

const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const DAY = 864e5;
const ID = '3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60';

const configs: ConsentConfig[] = [
  defineConsentConfig(configInput),
  defineConsentConfig({
    ...configInput,
    cookie: { ...configInput.cookie, maxAgeDays: { accepted: 365, refused: 180 } },
  }),
];

/** The head script's settings: the `data-*` attributes of its tag as rendered. */
const settingsOf = (config: ConsentConfig) =>
  ({
    ...(parseHtml(renderConsentHeadScriptHtml(config)).querySelector('script') as HTMLScriptElement)
      .dataset,
  }) as Record<string, string>;

/** A well-formed value: version 2 or version 1, of any age, policy, choice, dated ahead or not. */
const validValue = fc
  .record({
    version: fc.constantFrom(1, 2, 2),
    analytical: fc.boolean(),
    policyVersion: fc.constantFrom(3, 3, 3, 1, 2, 4),
    // From 401 days ago to two days ahead, with the edges of every rule well covered.
    offset: fc.oneof(
      fc.integer({ min: -401 * DAY, max: 2 * DAY }),
      fc
        .constantFrom(-365 * DAY, -180 * DAY, 3e5, DAY)
        .chain((edge) => fc.integer({ min: edge - 2000, max: edge + 2000 })),
    ),
    method: fc.constantFrom(
      'banner' as const,
      'preferences' as const,
      'form' as const,
      'api' as const,
    ),
    id: fc.oneof(fc.constant(ID), fc.uuid({ version: 4 })),
    decisionId: fc.uuid({ version: 4 }),
  })
  .map(({ version, offset, ...decision }) => {
    const time = NOW + offset;
    return version === 2
      ? encodeConsent({ ...decision, decidedAt: new Date(time).toISOString() })
      : `1.${+decision.analytical}.${decision.policyVersion}.${Math.floor(time / 1000).toString(36)}.${decision.method[0]}.${decision.id}`;
  });

/** A value damaged the ways a careless script or a hostile one would damage it. */
const damagedValue = fc
  .tuple(
    validValue,
    fc.constantFrom(
      (v: string) => `"${v}"`,
      (v: string) => ` ${v}`,
      (v: string) => `${v} `,
      (v: string) => `${v},`,
      (v: string) => v.toUpperCase(),
      (v: string) => v.replaceAll('.', '%2E'),
      (v: string) => encodeURIComponent(v),
      (v: string) => v.slice(0, -1),
      (v: string) => `${v}0`,
      (v: string) => v.replace(/^2\./, '1.'),
      (v: string) => v.replace(/^1\./, '2.'),
      (v: string) => v.replace(/\.[bpfa]\./, '.x.'),
      (v: string) => v.replace(/^(\d)\.\d/, '$1.2'),
      (v: string) => `${v}\u0000`,
      (v: string) => v.replace('-', '\u2010'),
      (v: string) => `${v};`,
      (v: string) => `${v}=`,
    ),
  )
  .map(([value, damage]) => damage(value));

/** The name the pair is sent under: the consent cookie's, or one that only looks like it. */
const name = fc.constantFrom(
  'ddscp_consent',
  'ddscp_consent',
  'ddscp_consent',
  ' ddscp_consent',
  'ddscp_consent ',
  'DDSCP_CONSENT',
  'xddscp_consent',
  'ddscp_consent2',
  'ddscp_consent.',
  '__proto__',
  '',
);

const pair = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(name, fc.constantFrom('=', ' = ', '=='), validValue) },
  { weight: 3, arbitrary: fc.tuple(name, fc.constantFrom('=', '= '), damagedValue) },
  {
    weight: 2,
    arbitrary: fc.tuple(
      fc.constantFrom('_ga', '_ga_ABC123', 'session', 'a'),
      fc.constant('='),
      fc.string({ maxLength: 40 }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constant(''), fc.constant(''), fc.string({ maxLength: 60 })),
  },
);

/** A whole Cookie header: pairs with any of the separators clients have been seen to send. */
const header = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .array(fc.tuple(pair, fc.constantFrom('; ', ';', ' ; ', ';;', '; ; ', ',')), {
        maxLength: 8,
      })
      .map((pairs) => pairs.map(([[n, eq, v], sep]) => `${n}${eq}${v}${sep}`).join('')),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 16_000, max: 17_000 }), validValue)
      .map(([length, value]) => `big=${'x'.repeat(length)}; ddscp_consent=${value}`),
  },
);

let managers: ReturnType<typeof createConsent>[];
let cookie = '';

beforeAll(() => {
  resetPage();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  // The managers read `document.cookie`: here it holds whatever header the test gives it.
  vi.spyOn(document, 'cookie', 'get').mockImplementation(() => cookie);
  vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {});
  managers = configs.map((config) => createConsent(config));
});
afterAll(() => resetPage());

describe('one decoder for the head script, the manager and the server', () => {
  it('agree on "decided" and on the decision for 12,000 hostile Cookie headers (property)', () => {
    const settings = configs.map(settingsOf);
    let decided = 0;
    fc.assert(
      fc.property(header, fc.integer({ min: 0, max: configs.length - 1 }), (text, which) => {
        const config = configs[which] as ConsentConfig;
        const manager = managers[which] as ReturnType<typeof createConsent>;
        cookie = text;
        // The manager reads the cookie again when the tab is shown.
        document.dispatchEvent(new Event('visibilitychange'));
        const server = readConsent(config, text, { now: NOW });
        expect(manager.state).toEqual(server);
        expect(
          decidedBeforePaint(settings[which] as Record<string, string>, text, false, NOW),
        ).toBe(server.decided);
        if (server.decided) decided += 1;
      }),
      { numRuns: 12_000 },
    );
    // The generator reaches both answers often, so agreement means something.
    expect(decided).toBeGreaterThan(400);
    expect(decided).toBeLessThan(11_000);
  });
});
