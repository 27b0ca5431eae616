// Klaro 0.7 without its CSS (klaro-no-css.js; klaro.min.css is measured apart).
import * as Klaro from 'klaro/dist/klaro-no-css.js';
import { klaroConfig } from './klaro-config.js';

Klaro.setup(klaroConfig);
