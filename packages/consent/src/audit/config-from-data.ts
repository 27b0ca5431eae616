import { checkConsentConfig } from '../config/check-consent-config';
import type { ConsentConfig, ConsentConfigInput } from '../config/consent-config';
import { defineConsentConfig } from '../config/define-consent-config';

/**
 * The site's configuration as the audit judges by it, from what a module exports, a JSON
 * file holds or the page's drop-in `<script type="application/json" id="ddscp-consent-config">`
 * carries: the input of `defineConsentConfig` (or its result), JSON patterns
 * (`{ "pattern": "^_ga_" }`), `ui` and `googleConsentMode` included. Checked whatever
 * `NODE_ENV` says, since a wrong configuration would make every finding wrong: throws a
 * `ConsentConfigError` that names the field.
 */
export function configFromData(data: unknown): ConsentConfig {
  checkConsentConfig(data);
  return defineConsentConfig(data as ConsentConfigInput);
}
