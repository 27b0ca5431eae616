// c15t 2.x core: the headless runtime (no UI), offline mode with the same two categories.
import { getOrCreateConsentRuntime } from 'c15t';

globalThis.consent = getOrCreateConsentRuntime({
  mode: 'offline',
  consentCategories: ['necessary', 'measurement'],
});
