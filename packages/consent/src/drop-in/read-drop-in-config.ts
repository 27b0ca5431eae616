import { ConsentConfigError } from '../config/consent-config-error';

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
  const element = page.getElementById('ddscp-consent-config');
  try {
    if (!(element instanceof HTMLScriptElement) || element.type !== 'application/json')
      throw new Error('there is none');
    return { input: JSON.parse(element.text) };
  } catch (error) {
    return {
      input: undefined,
      problem: new ConsentConfigError(
        'the configuration',
        `must be JSON in a <script type="application/json" id="ddscp-consent-config"> before browser.js: ${(error as Error).message}.`,
        { cause: error },
      ),
    };
  }
}
