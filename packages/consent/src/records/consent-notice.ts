import type {
  CategoryDeclaration,
  ConsentConfig,
  ConsentLifetimeDays,
  ConsentMode,
  CookieDeclaration,
} from '../config/consent-config';
import { lifetimeDays } from '../cookies/lifetime-days';

/**
 * The notice a visitor was shown, identified for proof of consent: what `toIso27560` puts in a
 * record's `dpv:hasNotice`. Made by {@link consentNotice} on the server or at build time;
 * plain data, so it can be kept as JSON beside the records (one per policy version).
 */
export interface ConsentNotice {
  /** The policy version the notice belongs to (`policyVersion` of the configuration). */
  readonly policyVersion: number;
  /**
   * SHA-256 (hex) of the notice's canonical form (see {@link canonicalConsentNotice}): the
   * same text and declarations give the same hash on any machine, any change another.
   */
  readonly sha256: string;
  /** The configuration's mode, which decides the legal basis of analytics. */
  readonly mode: ConsentMode;
  /** How long a decision lasts, in days. */
  readonly lifetimeDays: ConsentLifetimeDays;
  /** The declared cookie names per category, as the cookies page lists them (patterns as `/…/`). */
  readonly cookies: {
    readonly necessary: readonly string[];
    readonly analytical: readonly string[];
  };
  /** The notice's language (BCP 47, such as `en` or `cy`), when given. */
  readonly language?: string;
  /** Where the notice is published (the cookies page), when given. */
  readonly url?: string;
}

/** What the visitor read: the banner and the cookies page, as text or as the HTML served. */
export interface ConsentNoticeText {
  /** The banner's text or HTML (such as `renderConsentBannerHtml(config, undefined, ui)`). */
  readonly banner: string;
  /** The cookies page's text or HTML: your introduction and the preferences form. */
  readonly cookiesPage: string;
  readonly language?: string;
  readonly url?: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * A notice's words as they read: tags removed (attributes, such as a return address, are not
 * the notice), character references decoded, Unicode in NFC, every run of white space one
 * space. Indenting or re-wrapping the HTML keeps the hash; changing a word changes it.
 */
function noticeText(html: string): string {
  // Tags out in one pass (a pattern such as /<[^>]*>/ would take quadratic time on "<<<…").
  let text = '';
  let inTag = false;
  for (const char of html) {
    if (!inTag) {
      if (char === '<') inTag = true;
      else text += char;
    } else if (char === '>') {
      inTag = false;
      text += ' ';
    }
  }
  return text
    .replace(
      /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi,
      (reference, decimal, hex, name) => {
        if (name) return ENTITIES[(name as string).toLowerCase()] ?? reference;
        const code = decimal ? Number(decimal) : Number.parseInt(hex as string, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
      },
    )
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

const shown = (name: string | RegExp) => (typeof name === 'string' ? name : String(name));

/** A declaration with its fields in one order, absent ones left out. */
const declaration = ({ name, purpose, expires, provider, domain, path }: CookieDeclaration) => ({
  name: shown(name),
  purpose: noticeText(purpose),
  expires: noticeText(expires),
  ...(provider !== undefined && { provider: noticeText(provider) }),
  ...(domain !== undefined && { domain }),
  ...(path !== undefined && { path }),
});

const category = ({ cookies, storage }: CategoryDeclaration) => ({
  cookies: cookies.map(declaration),
  storage: storage.map(shown),
});

/**
 * The canonical form the notice hash is taken over: JSON (keys in a fixed order) of a format
 * tag, the policy version, the banner's and the cookies page's words (see `ConsentNoticeText`),
 * and every cookie and storage declaration of both categories. Published so anyone can
 * recompute a hash (`sha256sum`) from a configuration and the pages.
 */
export function canonicalConsentNotice(
  config: Pick<ConsentConfig, 'policyVersion' | 'categories'>,
  text: Pick<ConsentNoticeText, 'banner' | 'cookiesPage'>,
): string {
  if (typeof text?.banner !== 'string' || typeof text.cookiesPage !== 'string')
    throw new TypeError(
      'consentNotice needs the banner and the cookies page the visitor reads: { banner: string, cookiesPage: string }.',
    );
  return JSON.stringify({
    format: 'ddscp-consent-notice/1',
    policyVersion: config.policyVersion,
    banner: noticeText(text.banner),
    cookiesPage: noticeText(text.cookiesPage),
    categories: {
      necessary: category(config.categories.necessary),
      analytical: category(config.categories.analytical),
    },
  });
}

/**
 * Identifies the notice a visitor sees under a configuration, for proof of consent: a
 * stable SHA-256 of the banner's and the cookies page's text, the cookie declarations and the
 * policy version (regulators such as the CNIL and the ICO accept "which version of the notice
 * was shown" as part of the proof). Work it out on the server or at build time, never in the
 * visitor's browser; it uses the Web Crypto API (Node 20+, Deno, workers).
 *
 * @example
 * const notice = await consentNotice(config, {
 *   banner: renderConsentBannerHtml(config, undefined, ui),
 *   cookiesPage: cookiesPageHtml,
 *   language: 'en',
 *   url: 'https://www.example.gov.uk/cookies',
 * });
 */
export async function consentNotice(
  config: ConsentConfig,
  text: ConsentNoticeText,
): Promise<ConsentNotice> {
  const canonical = canonicalConsentNotice(config, text);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  const names = (declared: CategoryDeclaration) => declared.cookies.map(({ name }) => shown(name));
  return {
    policyVersion: config.policyVersion,
    sha256: [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
    mode: config.mode,
    lifetimeDays: {
      accepted: lifetimeDays(config.cookie, true),
      refused: lifetimeDays(config.cookie, false),
    },
    cookies: {
      necessary: names(config.categories.necessary),
      analytical: names(config.categories.analytical),
    },
    ...(text.language !== undefined && { language: text.language }),
    ...(text.url !== undefined && { url: text.url }),
  };
}
