import { ConsentConfigError } from '../config/consent-config-error';

/**
 * Reads the drop-in's configuration from `<script type="application/json"
 * id="ddscp-consent-config">`: JSON text, never run, so no inline script is needed and a
 * strict Content Security Policy holds. The element must come before `browser.js` in the
 * page. Returns the parsed JSON; throws a `ConsentConfigError` saying where it must be if the
 * element is missing or its JSON is broken.
 */
export function readDropInConfig(page: Document): unknown {
  const element = page.getElementById('ddscp-consent-config');
  try {
    if (!(element instanceof HTMLScriptElement) || element.type !== 'application/json')
      throw new Error('there is none');
    return JSON.parse(element.text);
  } catch (error) {
    throw new ConsentConfigError(
      'the configuration',
      `must be JSON in a <script type="application/json" id="ddscp-consent-config"> before browser.js: ${(error as Error).message}.`,
      { cause: error },
    );
  }
}
