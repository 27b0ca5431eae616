import { type IsoDate, isoDate } from '../calendar/iso-date';
import { InvalidDateError } from '../errors/invalid-date-error';
import { addWorkingDays, workingDaysBetween } from '../working-days/working-days';
import { CliError, type CliIo } from './cli-io';

const USAGE =
  'expected ddscp workdays add <YYYY-MM-DD> <n> or ddscp workdays between <YYYY-MM-DD> <YYYY-MM-DD>';

/**
 * `ddscp workdays add <date> <n>` prints the n-th working day after the date (before it
 * when n is negative); `ddscp workdays between <a> <b>` prints the working days from a to b.
 */
export function workdaysCommand(args: readonly string[], io: CliIo): number {
  const [action, first, second, ...rest] = args;
  if ((action !== 'add' && action !== 'between') || second === undefined || rest.length > 0) {
    throw new CliError(`workdays: ${USAGE}.`);
  }
  const from = dateArgument(first ?? '', 'the first date');
  if (action === 'add') {
    if (!/^[+-]?[0-9]{1,6}$/.test(second)) {
      throw new CliError(
        `workdays add: n must be a whole number of working days, e.g. 5 or -5; found ${JSON.stringify(second)}.`,
      );
    }
    io.out(`${run(() => addWorkingDays(from, Number(second)))}\n`);
  } else {
    const to = dateArgument(second, 'the second date');
    io.out(`${run(() => workingDaysBetween(from, to))}\n`);
  }
  return 0;
}

function dateArgument(text: string, label: string): IsoDate {
  return run(() => isoDate(text, label));
}

/** Runs a rule, turning its refusal (a bad date, a year outside 1995-2099) into a CliError. */
function run<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof RangeError || error instanceof InvalidDateError) {
      throw new CliError((error as Error).message, { cause: error });
    }
    throw error;
  }
}
