import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type IsoDate, isoDate } from '../calendar/iso-date';
import { suggestIsoDate } from '../calendar/suggest-iso-date';
import { closestMatch } from '../internal/closest-match';
import type { CliCommand } from './cli-command';
import { CliError, type CliIo } from './cli-io';
import { commands } from './commands';
import { commandHelp, overviewHelp } from './help';

/**
 * Runs `ddscp` with `args` (what follows `ddscp` on the command line) and returns the exit
 * status: 0 done, 1 `check` found errors or `takedowns` found a document overdue, 2 the
 * command could not run. Every problem is reported in one line on standard error, never as
 * a stack trace; with `--json`, also as JSON on standard output.
 *
 * @param table - the commands (the CLI's own by default).
 */
export async function runCli(
  args: readonly string[],
  io: CliIo,
  table: readonly CliCommand[] = commands,
): Promise<number> {
  const json = args.includes('--json');
  try {
    return await dispatch(args, io, table);
  } catch (error) {
    let message: string;
    if (error instanceof CliError) {
      message = error.message;
    } else {
      const text = (error as Error)?.message ?? String(error);
      message = `internal error: ${text.split('\n')[0]} (please report it at https://github.com/ddscp/ddscp/issues)`;
    }
    io.err(`ddscp: ${message}\n`);
    if (json) {
      const place = error instanceof CliError ? error.place : undefined;
      io.out(`${JSON.stringify({ error: { message, ...place } }, null, 2)}\n`);
    }
    return 2;
  }
}

async function dispatch(
  args: readonly string[],
  io: CliIo,
  table: readonly CliCommand[],
): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) throw new CliError('no command given: try ddscp --help.');
  if (name === '--help' || name === '-h') return print(io, overviewHelp(table));
  if (name === '--version') {
    io.out(`${io.version}\n`);
    return 0;
  }
  const names = table.map((command) => command.name);
  if (name === 'help') {
    const topic = table.find((command) => command.name === rest[0]);
    return print(io, topic ? commandHelp(topic) : overviewHelp(table));
  }
  const command = table.find((entry) => entry.name === name);
  if (!command) {
    const meant = closestMatch(name, names);
    throw new CliError(
      name.startsWith('-')
        ? `expected a command before ${name}: ${list(names)} (see ddscp --help).`
        : `unknown command ${JSON.stringify(name)}${meant ? ` (did you mean ${meant}?)` : ''}: expected ${list(names)} (see ddscp --help).`,
    );
  }
  const { values, positionals } = parse(command, rest, table);
  if (values.help) return print(io, commandHelp(command));
  let today: IsoDate | undefined;
  return command.run({
    args: positionals,
    options: values,
    io,
    today: () => {
      today ??= typeof values.today === 'string' ? todayOption(values.today) : io.today();
      return today;
    },
  });
}

function print(io: CliIo, text: string): number {
  io.out(text);
  return 0;
}

const list = (names: readonly string[]) =>
  `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;

/** The options of `command` and its arguments, or a CliError that says what was wrong. */
function parse(command: CliCommand, args: readonly string[], table: readonly CliCommand[]) {
  const options: NonNullable<ParseArgsConfig['options']> = {
    ...Object.fromEntries(
      Object.entries(command.options).map(([name, option]) => [name, { type: option.type }]),
    ),
    help: { type: 'boolean', short: 'h' },
  };
  // A command that takes a signed count (workdays add … -5): such arguments go after `--`,
  // where option parsing leaves them alone.
  const negative = (arg: string) => command.negativeNumbers === true && /^-[0-9]+$/.test(arg);
  const given = [...args.filter((arg) => !negative(arg)), '--', ...args.filter(negative)];
  try {
    const parsed = parseArgs({
      args: given,
      options,
      allowPositionals: true,
      strict: true,
    });
    return {
      values: parsed.values as Record<string, string | boolean | undefined>,
      positionals: parsed.positionals,
    };
  } catch (error) {
    throw optionError(command, args, table, error as Error & { code?: string });
  }
}

function optionError(
  command: CliCommand,
  args: readonly string[],
  table: readonly CliCommand[],
  error: Error & { code?: string },
): CliError {
  const option = /'(--?[^' ]+)/.exec(error.message)?.[1] ?? '';
  const name = option.replace(/^--?/, '');
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(command.options);
    const meant = closestMatch(name, known);
    const takes = known.length
      ? `${command.name} takes ${known.map((known) => `--${known}`).join(', ')}`
      : `${command.name} takes no options`;
    const elsewhere = table.some((other) => Object.hasOwn(other.options, name));
    return new CliError(
      elsewhere
        ? `${command.name} does not take ${option}: ${takes} (see ddscp ${command.name} --help).`
        : `unknown option ${option}${meant ? ` (did you mean --${meant}?)` : ''}: ${takes} (see ddscp ${command.name} --help).`,
    );
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(error.message)) {
      return new CliError(`${option} does not take a value.`);
    }
    const example = command.options[name]?.example ?? `${option} VALUE`;
    // `--within -3`: parseArgs takes "-3" for an option. Say what was seen, so the person
    // fixes the number rather than wondering where the value went.
    const next = args[args.indexOf(option) + 1];
    const seen = next?.startsWith('-')
      ? ` (found ${JSON.stringify(next)}, which reads as an option; write ${option}=${next} to pass it as the value)`
      : '';
    return new CliError(`${option} needs a value, e.g. ${example}${seen}.`);
  }
  return new CliError(error.message.split('\n')[0] ?? error.message);
}

function todayOption(text: string): IsoDate {
  try {
    return isoDate(text, '--today');
  } catch (error) {
    const suggestion = suggestIsoDate(text, { allowMonth: false });
    throw new CliError(
      `${(error as Error).message}${suggestion ? ` Did you mean --today ${suggestion}?` : ''}`,
      { cause: error },
    );
  }
}
