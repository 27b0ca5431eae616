// The manager with its configuration, as every page of the README's setup runs it.
import { activateGatedElements, createConsent } from '../dist/index.js';
import { config } from './readme-config.js';

activateGatedElements(createConsent(config));
