import { ConsentConfigError } from '../config/consent-config-error';

/** The id of the element that carries the drop-in's configuration. */
export const CONFIG_ID = 'ddscp-consent-config';

/** What the page carries: the parsed JSON, or why there is none to use. */
export interface DropInConfig {
  readonly input: unknown;
  readonly problem?: Error;
}

/**
 * Reads the drop-in's configuration from `<script type="application/json"
 * id="ddscp-consent-config">`: JSON text, never run, so no inline script is needed and a
 * strict Content Security Policy holds. The element must come before `browser.js` in the
 * page. Never throws: a missing element or broken JSON comes back as the `problem`.
 */
export function readDropInConfig(page: Document): DropInConfig {
  const element = page.getElementById(CONFIG_ID);
  const where = `<script type="application/json" id="${CONFIG_ID}">`;
  if (!(element instanceof HTMLScriptElement) || element.type !== 'application/json')
    return {
      input: undefined,
      problem: new ConsentConfigError(
        'the configuration',
        `must be JSON in a ${where} before browser.js; found ${element ? `a <${element.localName}> of type "${element.getAttribute('type')}"` : 'none'}.`,
      ),
    };
  try {
    return { input: JSON.parse(element.text) };
  } catch (error) {
    return {
      input: undefined,
      problem: new ConsentConfigError(
        'the configuration',
        `in ${where} must be valid JSON: ${(error as Error).message}.`,
        { cause: error },
      ),
    };
  }
}
