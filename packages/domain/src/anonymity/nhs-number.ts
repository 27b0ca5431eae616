/**
 * Whether ten digits form a valid NHS number: the tenth digit is the modulus 11 check
 * digit of the first nine (weights 10 down to 2; a remainder giving 10 is never issued).
 * Checking it keeps ordinary ten-digit numbers from being reported as NHS numbers.
 * @internal
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^[0-9]{10}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
