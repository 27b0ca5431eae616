/**
 * Telephone numbers a published report may rightly quote, allowed by default by
 * {@link checkAnonymity}: emergency and non-emergency services and the national
 * safeguarding and support helplines a review or a seven-minute briefing points readers to
 * (NSPCC, Childline, the National Domestic Abuse Helpline, the Modern Slavery Helpline,
 * Samaritans and others; each is named in the source). They are compared by their digits,
 * so any spacing or the `+44` form of one is allowed too.
 *
 * Pass `allowPublicNumbers` to replace the list (`[...publicNumbers, '0800 …']` to add to
 * it, `[]` to allow none); the partnership's own details go in `allow`.
 */
export const publicNumbers: readonly string[] = [
  // Emergency and non-emergency services. Numbers this short are never taken for a
  // telephone number by the check; they are listed so that the list says what is allowed.
  '999',
  '101', // Police non-emergency
  '111', // NHS 111
  '116 123', // Samaritans
  '116 000', // Missing People (the European missing-children hotline)
  // Children and families
  '0808 800 5000', // NSPCC Helpline
  '0800 1111', // Childline
  '0800 028 0285', // NSPCC Whistleblowing Advice Line
  '0808 1000 900', // Stop It Now (Lucy Faithfull Foundation)
  '0808 800 2222', // Family Lives parent helpline
  '0808 802 5544', // YoungMinds Parents Helpline
  '0800 068 4141', // Papyrus HOPELINE247 (suicide prevention for young people)
  // Domestic abuse, sexual violence, forced marriage and exploitation
  '0808 2000 247', // National Domestic Abuse Helpline (Refuge)
  '0808 801 0327', // Men's Advice Line (Respect)
  '0808 802 4040', // Respect Phoneline (for people who harm their partners)
  '0800 999 5428', // Galop national LGBT+ domestic abuse helpline
  '0808 500 2222', // Rape Crisis 24/7 Support Line (England and Wales)
  '0800 5999 247', // Karma Nirvana honour-based abuse helpline
  '020 7008 0151', // Forced Marriage Unit (FCDO and Home Office)
  '08000 121 700', // Modern Slavery & Exploitation Helpline (Unseen)
  // Mental health, housing, drugs, gambling and crime
  '0800 58 58 58', // CALM (Campaign Against Living Miserably)
  '0300 123 3393', // Mind Infoline
  '0808 800 4444', // Shelter housing advice helpline
  '0300 123 6600', // FRANK drugs advice
  '0808 8020 133', // National Gambling Helpline (GamCare)
  '0300 123 2040', // Action Fraud
  '0800 555 111', // Crimestoppers
];
