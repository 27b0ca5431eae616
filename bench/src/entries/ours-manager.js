// Ours, the headless manager as the target counts it: the manager with cookie
// clearing and script gating (the configuration is made elsewhere, e.g. on the server).
import { activateGatedElements, createConsent } from '@ddscp/consent';

const config = /** @type {import('@ddscp/consent').ConsentConfig} */ (globalThis.consentConfig);
activateGatedElements(createConsent(config));
