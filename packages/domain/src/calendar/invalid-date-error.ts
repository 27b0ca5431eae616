/**
 * Thrown when text that should be a calendar date is not one.
 *
 * The message quotes (a truncated piece of) the input and shows the expected form, so a
 * person fixing a catalogue file knows what to change. Catch it by class to tell bad dates
 * apart from other failures.
 *
 * @example
 * try { isoDate('2023-02-29') } catch (e) { if (e instanceof InvalidDateError) console.error(e.message) }
 */
export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';
  /** The value that was refused, as given. */
  readonly input: unknown;

  constructor(input: unknown, expected: string, reason?: string, options?: ErrorOptions) {
    super(
      `Invalid date ${quote(input)}${reason ? ` (${reason})` : ''}: expected ${expected}.`,
      options,
    );
    this.input = input;
  }
}

const MAX_QUOTED = 40;

/** Quotes hostile input safely: strings truncated, other values described by type. */
function quote(input: unknown): string {
  if (typeof input !== 'string') return `of type ${input === null ? 'null' : typeof input}`;
  const shown = input.length > MAX_QUOTED ? `${input.slice(0, MAX_QUOTED)}…` : input;
  return JSON.stringify(shown);
}
