// What several commands share: their options, and reading the one catalogue file they take.
import type { CliCommand, CliOption, CommandContext } from './cli-command';
import { CliError } from './cli-io';
import { readText } from './read-catalog';

/** `--today YYYY-MM-DD`: the day the command judges. */
export const todayOption: CliOption = {
  type: 'string',
  value: 'YYYY-MM-DD',
  description: 'the day to judge; today in England if not given',
  example: '--today 2025-03-31',
};

/** `--json`: the output for programs, in the form the README documents for the command. */
export const jsonOption: CliOption = {
  type: 'boolean',
  description: 'output for programs (its form is in the README)',
};

/** What a command that reads a catalogue says about its file argument. */
export const CATALOG_ARGUMENT =
  'The catalogue is a JSON file (see the README for its form), or - for standard input (… | ddscp COMMAND -). It is only ever read.';

/** The one catalogue file a command takes, or a CliError that shows how to give it. */
export function catalogArgument(
  command: Pick<CliCommand, 'name'>,
  context: CommandContext,
): string {
  const [file, ...extra] = context.args;
  if (file === undefined || extra.length > 0) {
    throw new CliError(
      `${command.name}: expected one catalogue file, e.g. ddscp ${command.name} catalog.json.`,
    );
  }
  return file;
}

/** `--known-names FILE`: the real names that must not appear, kept apart from what is published. */
export const knownNamesOption: CliOption = {
  type: 'string',
  value: 'FILE',
  description: 'real names that must not appear, one per line',
  example: '--known-names names.txt',
};

/** The names of `--known-names FILE`, one a line (blank lines skipped), or none when not given. */
export async function readKnownNames(context: CommandContext): Promise<string[]> {
  const file = context.options['known-names'];
  if (typeof file !== 'string') return [];
  return (await readText(file, context.io))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
