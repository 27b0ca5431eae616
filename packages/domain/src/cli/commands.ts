// The `ddscp` commands, in the order `ddscp --help` lists them: one entry per command, each
// in its own file. A new command is a file that exports a CliCommand, and a line here.
import { calendarCommand } from './calendar-command';
import { checkCommand } from './check-command';
import type { CliCommand } from './cli-command';
import { deadlinesCommand } from './deadlines-command';
import { listingCommand } from './listing-command';
import { scanCommand } from './scan-command';
import { takedownsCommand } from './takedowns-command';
import { workdaysCommand } from './workdays-command';

/** Every command of `ddscp`. */
export const commands: readonly CliCommand[] = [
  checkCommand,
  scanCommand,
  takedownsCommand,
  calendarCommand,
  listingCommand,
  deadlinesCommand,
  workdaysCommand,
];
