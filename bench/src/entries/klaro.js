// Klaro 0.7 (klaro.js: UI with its CSS injected and its built-in translations).
import * as Klaro from 'klaro/dist/klaro.js';
import { klaroConfig } from './klaro-config.js';

Klaro.setup(klaroConfig);
