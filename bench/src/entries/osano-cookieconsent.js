// Osano cookieconsent 3.1 (a script that defines window.cookieconsent): a banner only.
import 'cookieconsent';

globalThis.cookieconsent.initialise({
  type: 'opt-in',
  content: { message: 'We use analytics cookies.', allow: 'Accept', deny: 'Reject' },
});
