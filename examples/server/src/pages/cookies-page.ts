import type { StoredConsentRecord } from '@ddscp/consent/records';
import { html, raw } from 'hono/html';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

const methods: Record<string, string> = {
  banner: 'the cookie banner',
  preferences: 'this page',
  form: 'a form, without JavaScript',
  api: 'the site',
};

/** The visitor's own proof of consent: what they chose, when, how, under which policy. */
function recordsTable(records: readonly StoredConsentRecord[]) {
  if (records.length === 0) return '';
  const latest = records[0];
  return html`<h2>Your cookie choices</h2>
    <p>
      We keep a record of each choice you make, so we can show that analytics ran only with your
      consent. It is kept under a random reference, <code>${latest?.id}</code>, which says nothing
      about who you are.
    </p>
    <table class="records">
      <caption>Your choices, newest first</caption>
      <thead>
        <tr><th scope="col">When</th><th scope="col">Analytical cookies</th><th scope="col">Made on</th><th scope="col">Cookie policy</th></tr>
      </thead>
      <tbody>
        ${records.map(
          (record) => html`<tr>
            <td>${dateTime.format(new Date(record.decidedAt))}</td>
            <td>${record.analytical ? 'Allowed' : 'Refused'}</td>
            <td>${methods[record.method] ?? record.method}</td>
            <td>Version ${record.policyVersion}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

/** The cookies page: the preferences form from @ddscp/consent, then the visitor's records. */
export function cookiesPage(preferencesHtml: string, records: readonly StoredConsentRecord[]) {
  return html`<main id="main-content" class="page__main">
    <h1>Cookies</h1>
    <p>
      Cookies are small files saved on your phone, tablet or computer when you visit a website.
      Cookies used on this site are categorised into 'necessary' and 'analytical'. You can read
      about each category and allow or deny some or all of them, and see a list of the cookies
      in each category below.
    </p>
    <div id="cookie-settings">${raw(preferencesHtml)}</div>
    ${recordsTable(records)}
  </main>`;
}
