/** Prefixes of the right letters that are never allocated (HMRC). */
const UNALLOCATED_PREFIXES = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];

/**
 * Whether a National Insurance number has an allocated prefix: two letters (the first
 * never D, F, I, Q, U or V, the second never D, F, I, O, Q, U or V, and not BG, GB, KN, NK,
 * NT, TN or ZZ), six digits and a suffix A–D, in any case and spacing. The HMRC examples
 * with the prefix QQ are not allocated, so they are not reported. @internal
 */
export function isAllocatedNiNumber(text: string): boolean {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/.test(compact)) return false;
  return !UNALLOCATED_PREFIXES.includes(compact.slice(0, 2));
}
