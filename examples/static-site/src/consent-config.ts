import { defineConsentConfig } from '@ddscp/consent';

/**
 * The site's cookie policy, shared by the pages (in the browser) and the build (which writes
 * the banner and the cookies page into the HTML). It declares every cookie the site and its
 * analytics set, so the cookies page can list them and withdrawal can delete them.
 */
export const consentConfig = defineConsentConfig({
  // Version 2 of this example's policy, so the tests can show that a decision made under
  // version 1 is asked again. Raise it whenever the cookie policy changes.
  policyVersion: 2,
  // Shared by www.ddscp.test and reviews.ddscp.test (the tests' hosts); on any other host,
  // such as 127.0.0.1, the consent cookie is host-only. A real site names its own domain.
  cookie: { name: 'ddscp_consent', domain: 'ddscp.test', maxAgeDays: 365 },
  mode: 'opt-in',
  respectGpc: true,
  categories: {
    necessary: {
      cookies: [
        { name: 'ddscp_consent', purpose: 'Remembers your cookie choices', expires: '1 year' },
      ],
    },
    analytical: {
      cookies: [
        {
          name: '_ga',
          purpose: 'Distinguishes visitors, to count how many people use the site',
          expires: '2 years',
          provider: 'Demo analytics (works like Google Analytics)',
        },
        {
          name: /^_ga_/,
          purpose: 'Keeps the state of your visit, to count pages viewed in one visit',
          expires: '2 years',
          provider: 'Demo analytics (works like Google Analytics)',
        },
      ],
    },
  },
});

/** The options every consent UI call on this site uses. */
export const consentUi = { serviceName: 'DDSCP', cookiesPageUrl: '/cookies.html' } as const;
