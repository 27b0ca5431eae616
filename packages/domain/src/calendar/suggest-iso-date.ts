// The ISO form of a date written another way, for "did you mean" in messages: people in
// the UK write 31/03/2024, 31.03.2024, 31 March 2024 or March 2024; a catalogue needs
// 2024-03-31 or 2024-03. Used only to suggest, never to accept: a catalogue keeps one form.
import { isIsoDate } from './iso-date';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (value: number) => String(value).padStart(2, '0');

/** The month (1-12) a name or its first three letters stands for: `Mar`, `march`. */
function monthOf(name: string): number | undefined {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month === word || month.slice(0, 3) === word);
  return index === -1 ? undefined : index + 1;
}

/** A four-digit year, or a two-digit one read as 20xx. */
function yearOf(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * The date `text` most likely means, written as `YYYY-MM-DD` (or `YYYY-MM` when it names
 * only a month, if `allowMonth`): day first as in the UK (`31/03/2024`, `31-03-2024`,
 * `31.03.24`, `31 March 2024`, `31st Mar 2024`), or month first when only that reads as a
 * real day (`03/31/2024`); `March 2024` and `03/2024` as a month. `undefined` when it reads
 * as no real day, or is already in ISO form. @internal
 *
 * @example
 * suggestIsoDate('31/03/2024'); // '2024-03-31'
 */
export function suggestIsoDate(text: unknown, { allowMonth = true } = {}): string | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  const trimmed = text.trim();
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(trimmed);
  if (numeric) {
    const [, first = '', second = '', year = ''] = numeric;
    const y = yearOf(year);
    for (const [day, month] of [
      [Number(first), Number(second)],
      [Number(second), Number(first)],
    ] as const) {
      const candidate = `${y}-${pad(month)}-${pad(day)}`;
      if (isIsoDate(candidate)) return candidate;
    }
    return undefined;
  }
  const inWords = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(trimmed);
  if (inWords) {
    const [, day = '', name = '', year = ''] = inWords;
    const month = monthOf(name);
    const candidate = month && `${year}-${pad(month)}-${pad(Number(day))}`;
    return candidate && isIsoDate(candidate) ? candidate : undefined;
  }
  if (!allowMonth) return undefined;
  const monthInWords = /^([A-Za-z]+\.?),?\s+(\d{4})$/.exec(trimmed);
  if (monthInWords) {
    const month = monthOf(monthInWords[1] ?? '');
    return month ? `${monthInWords[2]}-${pad(month)}` : undefined;
  }
  const monthInDigits = /^(\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (monthInDigits) {
    const month = Number(monthInDigits[1]);
    return month >= 1 && month <= 12 ? `${monthInDigits[2]}-${pad(month)}` : undefined;
  }
  return undefined;
}
