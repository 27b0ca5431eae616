// Ours, the manager as every page ships it: the configuration validated in the browser too.
import { activateGatedElements, createConsent } from '@ddscp/consent';
import { config } from './ours-config.js';

activateGatedElements(createConsent(config));
