import type { ConsentUiText } from './consent-ui-text';

/**
 * The Welsh strings (Cymraeg), for bilingual sites under the Welsh Language Standards. Pass
 * `text: cy`; sites that never import it do not ship it.
 *
 * @example
 * import { cy, mountConsentBanner } from '@ddscp/consent/ui';
 * mountConsentBanner(consent, { serviceName: 'DDSCP', cookiesPageUrl: '/cwcis', text: cy });
 */
export const cy: ConsentUiText = {
  lang: 'cy',
  bannerHeading: 'Cwcis ar {service}',
  bannerNecessary: 'Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.',
  bannerAnalytical:
    'Hoffem hefyd ddefnyddio cwcis dadansoddol er mwyn i ni ddeall sut rydych yn defnyddio’r gwasanaeth a gwneud gwelliannau.',
  bannerAnalyticalExemption:
    'Rydym hefyd yn defnyddio cwcis dadansoddol er mwyn deall sut rydych yn defnyddio’r gwasanaeth a gwneud gwelliannau. Gallwch eu gwrthod.',
  accept: 'Derbyn cwcis dadansoddol',
  reject: 'Gwrthod cwcis dadansoddol',
  viewCookies: 'Gweld cwcis',
  accepted: 'Rydych wedi derbyn cwcis dadansoddol.',
  rejected: 'Rydych wedi gwrthod cwcis dadansoddol.',
  changeSettings: 'Gallwch [newid eich gosodiadau cwcis] ar unrhyw adeg.',
  hide: 'Cuddio’r neges cwcis',
  necessaryHeading: 'Cwcis angenrheidiol',
  necessaryDescription:
    'Mae angen rhai cwcis i ddarparu swyddogaethau craidd. Ni fydd y wefan yn gweithio’n iawn heb y cwcis hyn. Maent wedi’u galluogi yn ddiofyn ac ni ellir eu hanalluogi.',
  alwaysOn: 'Ymlaen bob amser',
  analyticalHeading: 'Cwcis dadansoddol',
  analyticalDescription:
    'Mae cwcis dadansoddol yn ein helpu i wella ein gwefan drwy gasglu ac adrodd gwybodaeth am sut mae’n cael ei defnyddio.',
  analyticalQuestion: 'Ydych chi eisiau caniatáu cwcis dadansoddol?',
  yes: 'Ydw',
  no: 'Nac ydw',
  save: 'Cadw gosodiadau cwcis',
  savedTitle: 'Llwyddiant',
  saved: 'Rydych wedi gosod eich dewisiadau cwcis.',
  goBack: '[Ewch yn ôl i’r dudalen roeddech yn edrych arni].',
  cookieName: 'Enw',
  cookiePurpose: 'Pwrpas',
  cookieExpires: 'Yn dod i ben',
};
