// Ours, the headless manager bundled as the package's own size budget (size-limit) does: the
// two functions re-exported, so their names stay in the bundle.
export { activateGatedElements, createConsent } from '@ddscp/consent';
