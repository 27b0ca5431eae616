// The test site's cookie policy, shared by its server (Node) and its browser script (bundled
// with the built package), as a real site shares one configuration module.
import type { ConsentConfigInput, CookieDeclarationInput } from '../../src/config/consent-config';
import { configInput } from '../fixtures';

/** The tests' policy, host-only: the site runs on 127.0.0.1, where a Domain would be refused. */
export const siteConfigInput: ConsentConfigInput = {
  ...configInput,
  cookie: { name: 'ddscp_consent' },
};

/** The Welsh of the fixture's cookie descriptions. */
const WELSH: Record<string, string> = {
  'Remembers your cookie choices': 'Yn cofio eich dewisiadau cwcis',
  'Distinguishes visitors': 'Yn gwahaniaethu rhwng ymwelwyr',
  'Keeps session state': 'Yn cadw cyflwr y sesiwn',
  '1 year': '1 flwyddyn',
  '2 years': '2 flynedd',
  '24 hours': '24 awr',
};
const inWelsh = (cookies: readonly CookieDeclarationInput[] = []) =>
  cookies.map((cookie) => ({
    ...cookie,
    purpose: WELSH[cookie.purpose] ?? cookie.purpose,
    expires: WELSH[cookie.expires] ?? cookie.expires,
  }));

/** The same policy with its cookies described in Welsh, for the Welsh pages. */
export const siteConfigInputCy: ConsentConfigInput = {
  ...siteConfigInput,
  categories: {
    necessary: { cookies: inWelsh(siteConfigInput.categories?.necessary?.cookies) },
    analytical: {
      ...siteConfigInput.categories?.analytical,
      cookies: inWelsh(siteConfigInput.categories?.analytical?.cookies),
    },
  },
};
