// Ours, everything of the browser entry: manager, gating, Google Consent Mode, analytics.
import {
  activateGatedElements,
  connectGoogleConsentMode,
  createAnalytics,
  createConsent,
} from '@ddscp/consent';
import { config } from './ours-config.js';

const consent = createConsent(config);
connectGoogleConsentMode(consent);
activateGatedElements(consent);
createAnalytics(consent, {
  load: async () => (event) => navigator.sendBeacon('/collect', JSON.stringify(event)),
});
