import type { ConsentUiText } from './consent-ui-text';

/**
 * The English strings, after the GOV.UK cookie banner and cookies page patterns and the
 * partnership's own cookie categories; the default of every UI function.
 */
export const en: ConsentUiText = {
  lang: 'en',
  bannerHeading: 'Cookies on {service}',
  bannerNecessary: 'We use some essential cookies to make this service work.',
  bannerAnalytical:
    'We’d also like to use analytics cookies so we can understand how you use the service and make improvements.',
  bannerAnalyticalExemption:
    'We also use analytics cookies to understand how you use the service and make improvements. You can reject them.',
  accept: 'Accept analytics cookies',
  reject: 'Reject analytics cookies',
  viewCookies: 'View cookies',
  accepted: 'You’ve accepted analytics cookies.',
  rejected: 'You’ve rejected analytics cookies.',
  changeSettings: 'You can [change your cookie settings] at any time.',
  hide: 'Hide cookie message',
  necessaryHeading: 'Necessary cookies',
  necessaryDescription:
    'Some cookies are required to provide core functionality. The website won’t function properly without these cookies and they are enabled by default and cannot be disabled.',
  alwaysOn: 'Always on',
  analyticalHeading: 'Analytical cookies',
  analyticalDescription:
    'Analytical cookies help us improve our website by collecting and reporting information on its usage.',
  analyticalQuestion: 'Do you want to allow analytical cookies?',
  yes: 'Yes',
  no: 'No',
  save: 'Save cookie settings',
  savedTitle: 'Success',
  saved: 'You’ve set your cookie preferences.',
  goBack: '[Go back to the page you were looking at].',
  cookieName: 'Name',
  cookiePurpose: 'Purpose',
  cookieExpires: 'Expires',
};
