// Klaro 0.7's consent manager without UI (cm.js: the ConsentManager class).
import ConsentManager from 'klaro/dist/cm.js';
import { klaroConfig } from './klaro-config.js';

globalThis.klaroManager = new ConsentManager(klaroConfig);
