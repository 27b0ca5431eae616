/** The letters of the check letter and of a temporary UPN's last character: A–Z without I, O and S. */
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * Whether 13 characters are a valid Unique Pupil Number (DfE): a check letter, 12 digits
 * (the last may be a letter, for a temporary UPN). Each of characters 2–13 is weighted by
 * its position (2 to 13), a temporary UPN's letter counted as its place in A–Z without
 * I, O and S (A = 0); the sum modulo 23 is the check letter's place in those letters.
 * Checking it keeps other letter-and-digit codes from being reported. @internal
 */
export function isValidUpn(text: string): boolean {
  const upn = text.toUpperCase();
  if (!/^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$/.test(upn)) return false;
  let sum = 0;
  for (let position = 2; position <= 13; position++) {
    const character = upn[position - 1] as string;
    const value =
      position === 13 && /[A-Z]/.test(character)
        ? UPN_LETTERS.indexOf(character)
        : Number(character);
    sum += value * position;
  }
  return UPN_LETTERS[sum % 23] === upn[0];
}
