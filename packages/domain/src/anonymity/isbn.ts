/**
 * Whether ten characters are a valid ISBN-10: digits weighted 10 down to 1 (the last may be
 * X, for 10) sum to a multiple of 11. A hyphenated group of digits that is one is a book,
 * not an NHS or telephone number. @internal
 */
export function isValidIsbn10(text: string): boolean {
  const isbn = text.toUpperCase();
  if (!/^[0-9]{9}[0-9X]$/.test(isbn)) return false;
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    const character = isbn[index] as string;
    sum += (character === 'X' ? 10 : Number(character)) * (10 - index);
  }
  return sum % 11 === 0;
}

/**
 * Whether thirteen digits are a valid ISBN-13: starting 978 or 979, weighted 1, 3, 1, 3 …
 * they sum to a multiple of 10. @internal
 */
export function isValidIsbn13(text: string): boolean {
  if (!/^97[89][0-9]{10}$/.test(text)) return false;
  let sum = 0;
  for (let index = 0; index < 13; index++) sum += Number(text[index]) * (index % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}
