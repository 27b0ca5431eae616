import { parseArgs } from 'node:util';
import { type IsoDate, isoDate } from '../calendar/iso-date';
import { checkCommand } from './check-command';
import { CliError, type CliIo } from './cli-io';
import { deadlinesCommand } from './deadlines-command';
import { HELP } from './help';
import { listingCommand } from './listing-command';
import { takedownsCommand } from './takedowns-command';
import { workdaysCommand } from './workdays-command';

const OPTIONS = {
  today: { type: 'string' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  within: { type: 'string' },
  'known-names': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type Option = keyof typeof OPTIONS;

const EXAMPLES: Partial<Record<Option, string>> = {
  today: '--today 2025-03-31',
  format: '--format html',
  within: '--within 30',
  'known-names': '--known-names names.txt',
};

/** The options each command takes, besides --help and --version. */
const COMMANDS: Readonly<Record<string, readonly Option[]>> = {
  check: ['today', 'json', 'known-names'],
  listing: ['today', 'format'],
  takedowns: ['within', 'today', 'json'],
  deadlines: ['today', 'json'],
};

/**
 * Runs `ddscp` with `args` (what follows `ddscp` on the command line) and returns the exit
 * status: 0 done, 1 `check` found errors, 2 the command could not run. Every problem is
 * reported in one line on standard error, never as a stack trace.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`ddscp: ${error.message}\n`);
    } else {
      const message = (error as Error)?.message ?? String(error);
      io.err(
        `ddscp: internal error: ${message.split('\n')[0]} (please report it at https://github.com/ddscp/ddscp/issues)\n`,
      );
    }
    return 2;
  }
}

async function dispatch(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'workdays') {
    // Takes no options, and its n may be negative (-5), which option parsing would refuse.
    if (rest.includes('--help') || rest.includes('-h')) return help(io);
    return workdaysCommand(rest, io);
  }
  const { values, positionals } = parse(args);
  if (values.help) return help(io);
  if (values.version) {
    io.out(`${io.version}\n`);
    return 0;
  }
  const [name, file, ...extra] = positionals;
  if (name === undefined) throw new CliError('no command given: try ddscp --help.');
  const allowed = COMMANDS[name];
  if (!allowed) {
    throw new CliError(
      `unknown command ${JSON.stringify(name)}: expected check, listing, takedowns, deadlines or workdays (see ddscp --help).`,
    );
  }
  for (const option of Object.keys(values) as Option[]) {
    if (!allowed.includes(option)) {
      const hint =
        name === 'listing' && option === 'json' ? 'use --format json' : 'see ddscp --help';
      throw new CliError(`${name} does not take --${option}: ${hint}.`);
    }
  }
  if (file === undefined || extra.length > 0) {
    throw new CliError(`${name}: expected one catalogue file, e.g. ddscp ${name} catalog.json.`);
  }
  const today = values.today === undefined ? io.today() : todayOption(values.today);
  switch (name) {
    case 'check':
      return checkCommand(
        file,
        today,
        { json: values.json === true, knownNamesFile: values['known-names'] },
        io,
      );
    case 'listing':
      return listingCommand(file, today, values.format ?? 'text', io);
    case 'takedowns':
      return takedownsCommand(
        file,
        today,
        { within: values.within, json: values.json === true },
        io,
      );
    default:
      return deadlinesCommand(file, today, { json: values.json === true }, io);
  }
}

function help(io: CliIo): number {
  io.out(HELP);
  return 0;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const option = /'(--?[^' ]+)/.exec(message)?.[1] ?? '';
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new CliError(`unknown option ${option} (see ddscp --help).`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) {
        throw new CliError(`${option} does not take a value.`);
      }
      const example = EXAMPLES[option.replace(/^--/, '') as Option] ?? `${option} VALUE`;
      // `--within -3`: parseArgs takes "-3" for an option. Say what was seen, so the
      // person fixes the number rather than wondering where the value went.
      const next = args[args.indexOf(option) + 1];
      const seen = next?.startsWith('-')
        ? ` (found ${JSON.stringify(next)}, which reads as an option; write ${option}=${next} to pass it as the value)`
        : '';
      throw new CliError(`${option} needs a value, e.g. ${example}${seen}.`);
    }
    throw new CliError(message.split('\n')[0] ?? message);
  }
}

function todayOption(text: string): IsoDate {
  try {
    return isoDate(text, '--today');
  } catch (error) {
    throw new CliError((error as Error).message, { cause: error });
  }
}
