// What `ddscp --help` and `ddscp COMMAND --help` print, from the commands' own entries.
// Every line fits an 80-column terminal.
import type { CliCommand } from './cli-command';
import { columns, paragraph, WIDTH, wrap } from './text-layout';

const HELP_OPTION = '-h, --help';

/** The overview: every command's usage and what it does. */
export function overviewHelp(commands: readonly CliCommand[]): string {
  const lines = [
    "ddscp: check and plan a safeguarding partnership's published reviews.",
    '',
    'Usage:',
    ...commands
      .flatMap((command) =>
        command.usage.flatMap((usage) => wrap(`ddscp ${command.name} ${usage}`, 6, { first: 2 })),
      )
      .map((line) => (line.startsWith(' ') ? line : `  ${line}`)),
    '  ddscp COMMAND --help | ddscp --help | ddscp --version',
    '',
    'Commands:',
    ...columns(commands.map((command) => ['', command.name, command.summary])),
    '',
    'A weekly routine for the person who keeps the pages: ddscp check, then',
    'ddscp takedowns (exit status 1 when a document is overdue), and ddscp calendar',
    'when the catalogue changes. The catalogue file is only ever read; - reads it',
    'from standard input. Every command takes --json, for programs.',
    '',
    'Exit status: 0 done, 1 check found errors or takedowns found a document overdue,',
    '2 the command could not run (a usage error, or a file that cannot be read or is',
    'invalid). Run ddscp COMMAND --help for a command and its options.',
  ];
  return `${lines.join('\n')}\n`;
}

/** One command's help: usage, what it does, its options, exit status and examples. */
export function commandHelp(command: CliCommand): string {
  const options: [string, string][] = [
    ...Object.entries(command.options).map(([name, option]): [string, string] => [
      `--${name}${option.value ? ` ${option.value}` : ''}`,
      option.description,
    ]),
    [HELP_OPTION, 'this help'],
  ];
  const lines = [
    'Usage:',
    ...command.usage.flatMap((usage) =>
      wrap(`ddscp ${command.name} ${usage}`, 6, { first: 2 }).map((line, index) =>
        index === 0 ? `  ${line}` : line,
      ),
    ),
    '',
    ...command.description.flatMap((text, index) => [...(index ? [''] : []), ...wrap(text, 0)]),
    '',
    'Options:',
    ...columns(options.map(([name, description]) => ['', name, description])),
    '',
    ...wrap(`Exit status: ${command.exitStatus}.`, 0),
    '',
    'Examples:',
    ...command.examples.flatMap((example) => paragraph(`ddscp ${example}`, 2, WIDTH)),
  ];
  return `${lines.join('\n')}\n`;
}
