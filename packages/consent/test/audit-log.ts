// Phase logs made by hand, for the audit's judges: what a browser phase would have recorded.
import type {
  CookieEvent,
  GatedElement,
  JarCookie,
  PhaseLog,
  PhaseName,
  StorageEvent,
} from '../src/audit/phase-log';
import { emptyLog } from '../src/audit/phase-log';

export const PAGE = 'https://www.example.gov.uk/';
export const HOST = 'www.example.gov.uk';
export const NOW = Math.floor(Date.now() / 1000);

/** A cookie written by a script on the page (host-only unless `domain` is given). */
export const written = (name: string, overrides: Partial<CookieEvent> = {}): CookieEvent => ({
  name,
  host: HOST,
  expires: NOW + 2 * 365 * 86_400,
  deletion: false,
  source: { kind: 'script', url: `${PAGE}analytics.js`, line: 3, column: 7 },
  page: PAGE,
  afterChoice: false,
  ...overrides,
});

/** A cookie in the jar. */
export const held = (name: string, overrides: Partial<JarCookie> = {}): JarCookie => ({
  name,
  domain: HOST,
  hostOnly: true,
  path: '/',
  expires: NOW + 365 * 86_400,
  page: PAGE,
  afterChoice: false,
  ...overrides,
});

/** A storage key found or set on the page. */
export const stored = (key: string, overrides: Partial<StorageEvent> = {}): StorageEvent => ({
  area: 'localStorage',
  key,
  origin: 'https://www.example.gov.uk',
  source: null,
  page: PAGE,
  afterChoice: false,
  ...overrides,
});

/** A gated script as a page held it. */
export const gated = (overrides: Partial<GatedElement> = {}): GatedElement => ({
  kind: 'script',
  category: 'analytical',
  inert: true,
  src: `${PAGE}analytics.js`,
  page: PAGE,
  afterChoice: false,
  loadedAfterChoice: false,
  ...overrides,
});

/** A log of `phase` with what is given; `finalJar` is the jar's last cookies unless given. */
export function logOf(phase: PhaseName, parts: Partial<PhaseLog> = {}): PhaseLog {
  const log = { ...emptyLog(phase), ...parts };
  if (!parts.finalJar) log.finalJar = [...log.jar];
  return log;
}
