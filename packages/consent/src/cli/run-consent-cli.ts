import { CONSENT_CLI_HELP } from './consent-cli-help';
import { ConsentCliError, type ConsentCliIo } from './consent-cli-io';

/** A subcommand: runs with what follows its name and returns the exit status. */
type Command = (args: readonly string[], io: ConsentCliIo) => Promise<number>;

/**
 * The subcommands, each loaded only when it runs: `audit` needs a browser and `records` a
 * database driver, and neither should be loaded (or missed) by the other.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  records: async () => (await import('./records-command')).recordsCommand,
  audit: async () => (await import('./audit-command')).auditCommand,
};

/**
 * Runs `ddscp-consent` with `args` (what follows the command's name) and returns the exit
 * status: 0 done, 1 a check failed, 2 the command could not run. Every problem is reported
 * in one line on standard error, never as a stack trace.
 */
export async function runConsentCli(args: readonly string[], io: ConsentCliIo): Promise<number> {
  const [name, ...rest] = args;
  try {
    if (name === undefined)
      throw new ConsentCliError('no command given: try ddscp-consent --help.');
    if (name === '--help' || name === '-h') {
      io.out(CONSENT_CLI_HELP);
      return 0;
    }
    if (name === '--version') {
      io.out(`${io.version}\n`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) {
      throw new ConsentCliError(
        `unknown command ${JSON.stringify(name.slice(0, 40))}: expected ${Object.keys(COMMANDS).join(' or ')} (see ddscp-consent --help).`,
      );
    }
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof ConsentCliError) {
      io.err(`ddscp-consent: ${error.message}\n`);
    } else {
      const message = (error as Error)?.message ?? String(error);
      io.err(
        `ddscp-consent: internal error: ${message.split('\n')[0]} (please report it at https://github.com/ddscp/ddscp/issues)\n`,
      );
    }
    return 2;
  }
}
