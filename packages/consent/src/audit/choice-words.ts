/**
 * How the audit recognises a consent banner's controls by their text, in English and Welsh,
 * when the banner is not this package's (whose buttons it knows by their `value`). The
 * reject words are tried first: "Accept only necessary cookies" is a refusal.
 * Sources as strings, because they are sent into the page.
 */
export const CHOICE_WORDS = {
  reject: [
    '\\b(reject|decline|deny|refuse|disagree|disallow|opt out|opt-out)',
    "\\b(no,? thanks|do not (accept|allow|agree)|don['’]t (accept|allow|agree)|not now)\\b",
    '\\b((only|just) (the )?(strictly )?(necessary|essential|required)|(strictly )?(necessary|essential|required)( cookies)? only)\\b',
    '\\bcontinue without (accepting|agreeing|cookies)',
    // Welsh: gwrthod (reject), dim diolch (no thanks), … yn unig (only …).
    '\\b(gwrthod|dim diolch|peidio (â|a) (derbyn|chaniatáu))',
    '(angenrheidiol|hanfodol)( yn unig| \\w+ yn unig)',
  ].join('|'),
  accept: [
    '\\b(accept|allow|agree|consent|ok|okay|got it|yes|i understand)\\b',
    // Welsh: derbyn (accept), caniatáu (allow), cytuno (agree), iawn (OK).
    '\\b(derbyn|caniat[aá]u|cytuno|iawn|ydw)',
  ].join('|'),
  settings: [
    '\\b(settings|preferences|manage|customi[sz]e|options|choices|choose|more information)\\b',
    // Welsh: gosodiadau (settings), dewisiadau (choices), rheoli (manage), addasu (customise).
    '\\b(gosodiadau|dewisiadau|rheoli|addasu)',
  ].join('|'),
  /** Text that says a container is about cookies or consent. */
  cookies: 'cookie|cwci|consent|caniatâd|caniatad|privacy|preifatrwydd|gdpr',
} as const;
