/**
 * Telephone numbers a published report may rightly quote, allowed by default by
 * {@link checkAnonymity}: the NSPCC helpline (0808 800 5000), Childline (0800 1111),
 * Samaritans (116 123), emergency services (999), police non-emergency (101) and NHS 111.
 * Pass `allowPublicNumbers` to replace the list; the partnership's own details go in `allow`.
 */
export const publicNumbers: readonly string[] = [
  '0808 800 5000',
  '0800 1111',
  '116 123',
  '999',
  '101',
  '111',
];
