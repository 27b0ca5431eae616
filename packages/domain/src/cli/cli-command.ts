// What a `ddscp` command is: one entry of the table in commands.ts, with everything the CLI
// needs to parse its options, print its help and run it. A new command is a new file that
// exports one of these, and one line in the table.
import type { IsoDate } from '../calendar/iso-date';
import type { CliIo } from './cli-io';

/** An option a command takes, e.g. `--today YYYY-MM-DD`. */
export interface CliOption {
  /** `boolean` for a flag (`--json`), `string` for an option with a value. */
  readonly type: 'boolean' | 'string';
  /** The value's name in help and usage, e.g. `YYYY-MM-DD` (string options only). */
  readonly value?: string;
  /** One line for the command's help. */
  readonly description: string;
  /** A complete example, for messages about a missing value, e.g. `--today 2025-03-31`. */
  readonly example?: string;
}

/** What a command's `run` gets: its arguments, its options and the CLI's I/O. */
export interface CommandContext {
  /** The arguments after the command's name that are not options. */
  readonly args: readonly string[];
  /** The options given, by name (without `--`); absent when not given. */
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly io: CliIo;
  /** `--today` if the command takes it and it was given, else today in England. */
  readonly today: () => IsoDate;
}

/** A `ddscp` command. */
export interface CliCommand {
  /** The word after `ddscp`, e.g. `check`. */
  readonly name: string;
  /** What follows the name in each usage line, e.g. `<catalog.json> [--json]`. */
  readonly usage: readonly string[];
  /** What it does, for `ddscp --help` (wrapped under its name there). */
  readonly summary: string;
  /** The paragraphs of `ddscp COMMAND --help` that say what it does and prints. */
  readonly description: readonly string[];
  /** The options it takes, by name; `--help` is added to every command. */
  readonly options: Readonly<Record<string, CliOption>>;
  /** What its exit status means. */
  readonly exitStatus: string;
  /** Command lines that show it in use, without the leading `ddscp `. */
  readonly examples: readonly string[];
  /**
   * Arguments that look like negative numbers (`-5`) are arguments, not options: for a
   * command that takes a signed count.
   */
  readonly negativeNumbers?: boolean;
  /** Runs it and returns the exit status; throws a `CliError` for what it cannot do. */
  readonly run: (context: CommandContext) => Promise<number> | number;
}
