import { type IsoDate, isoDate } from '../calendar/iso-date';
import { InvalidValueError } from '../errors/invalid-value-error';
import { addWorkingDays, workingDaysBetween } from '../working-days/working-days';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-io';
import { jsonOption } from './common-options';

const USAGE =
  'expected ddscp workdays add <YYYY-MM-DD> <n> or ddscp workdays between <YYYY-MM-DD> <YYYY-MM-DD>';

/**
 * `ddscp workdays add <date> <n>` prints the n-th working day after the date (before it
 * when n is negative); `ddscp workdays between <a> <b>` prints the working days from a to b.
 */
export const workdaysCommand: CliCommand = {
  name: 'workdays',
  usage: ['add <YYYY-MM-DD> <n> [--json]', 'between <YYYY-MM-DD> <YYYY-MM-DD> [--json]'],
  summary: 'Working days in England and Wales: add them to a date, or count them.',
  description: [
    'add prints the n-th working day after the date (before it when n is negative); between prints the working days after the first date up to and including the second (negative when the second is earlier). Working days are the days other than Saturdays, Sundays and bank holidays in England and Wales (1995 to 2099).',
  ],
  options: { json: jsonOption },
  exitStatus: '0 done, 2 the command could not run',
  examples: [
    'workdays add 2024-12-20 5',
    'workdays add 2024-12-31 -5',
    'workdays between 2024-12-20 2025-01-15',
  ],
  negativeNumbers: true,
  run(context) {
    const [action, first, second, ...rest] = context.args;
    if ((action !== 'add' && action !== 'between') || second === undefined || rest.length > 0) {
      throw new CliError(`workdays: ${USAGE}.`);
    }
    const from = dateArgument(first ?? '', 'the first date');
    let result: Record<string, string | number>;
    if (action === 'add') {
      if (!/^[+-]?[0-9]{1,6}$/.test(second)) {
        throw new CliError(
          `workdays add: n must be a whole number of working days, e.g. 5 or -5; found ${JSON.stringify(second)}.`,
        );
      }
      const workingDays = Number(second);
      result = { from, workingDays, date: run(() => addWorkingDays(from, workingDays)) };
    } else {
      const to = dateArgument(second, 'the second date');
      result = { from, to, workingDays: run(() => workingDaysBetween(from, to)) };
    }
    context.io.out(
      context.options.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${action === 'add' ? result.date : result.workingDays}\n`,
    );
    return 0;
  },
};

function dateArgument(text: string, label: string): IsoDate {
  return run(() => isoDate(text, label));
}

/** Runs a rule, turning its refusal (a bad date, a year outside 1995-2099) into a CliError. */
function run<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof InvalidValueError || error instanceof RangeError) {
      throw new CliError((error as Error).message, { cause: error });
    }
    throw error;
  }
}
