// The head script: built on its own into `dist/head.js`, a classic script a static page loads
// in <head> (`renderConsentHeadScriptHtml` writes its tag). It runs before the body is parsed,
// reads the consent cookie synchronously and marks <html> for a visitor who has decided, so
// `ui.css` hides the static banner before the first paint. Not part of the module entries.
import { decidedBeforePaint } from './decided-before-paint';
import { DECIDED_CLASS } from './decided-class';

const script = document.currentScript as HTMLScriptElement | null;
const gpc = (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
if (script && decidedBeforePaint(script.dataset, document.cookie, gpc))
  document.documentElement.classList.add(DECIDED_CLASS);
