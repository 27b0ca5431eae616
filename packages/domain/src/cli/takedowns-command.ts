import { addCalendarDays } from '../calendar/calendar-days';
import type { IsoDate } from '../calendar/iso-date';
import { plural } from '../internal/plural';
import { nspccRepository } from '../listing/nspcc-repository';
import { type Takedown, takedownSchedule } from '../listing/takedown-schedule';
import { bankHolidayYears } from '../working-days/bank-holiday-years';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-io';
import { CATALOG_ARGUMENT, catalogArgument, jsonOption, todayOption } from './common-options';
import { fileLabel, validCatalog } from './read-catalog';
import { columns, wrap } from './text-layout';

/** How many days ahead `ddscp takedowns` looks when `--within` is not given. */
export const DEFAULT_WITHIN_DAYS = 30;

/** The first day a catalogue can hold: every document's last day is after it. */
const FIRST_DAY = `${bankHolidayYears.first}-01-01` as IsoDate;

/**
 * `ddscp takedowns <catalog.json>`: the documents already past their last day online
 * (overdue: they must come down now), then those whose last day falls from today to
 * `within` days ahead, and where they go next. Exit status 1 when any is overdue, so a
 * scheduled job can alert on it.
 */
export const takedownsCommand: CliCommand = {
  name: 'takedowns',
  usage: ['<catalog.json> [--within DAYS] [--today YYYY-MM-DD] [--json]'],
  summary:
    'Documents past their last day online (overdue), then those whose last day falls within DAYS days (30).',
  description: [
    'Lists the documents already past their last day online and still in the catalogue first, marked overdue: they must come down now. Then the documents whose last day falls from today to DAYS days ahead, soonest first, with the day each must be gone by.',
    'Exits with status 1 when any document is overdue, so a scheduled job (cron, a CI schedule) can alert on it.',
    CATALOG_ARGUMENT.replace('COMMAND', 'takedowns'),
  ],
  options: {
    within: {
      type: 'string',
      value: 'DAYS',
      description: 'how far ahead to look, in days (30)',
      example: '--within 30',
    },
    today: todayOption,
    json: jsonOption,
  },
  exitStatus: '0 nothing overdue, 1 a document is overdue, 2 the command could not run',
  examples: ['takedowns catalog.json', 'takedowns catalog.json --within 90 --json'],
  async run(context) {
    const path = catalogArgument(takedownsCommand, context);
    const { options, io } = context;
    const text = typeof options.within === 'string' ? options.within : undefined;
    const within = text === undefined ? DEFAULT_WITHIN_DAYS : Number(text);
    if (!/^[0-9]{1,4}$/.test(text ?? '0') || within > 3660) {
      throw new CliError(
        `--within must be a number of days from 0 to 3660, e.g. --within 30; found ${JSON.stringify(text)}.`,
      );
    }
    const today = context.today();
    const to = addCalendarDays(today, within);
    const catalog = await validCatalog(path, io);
    const overdue =
      today > FIRST_DAY ? takedownSchedule(catalog, FIRST_DAY, addCalendarDays(today, -1)) : [];
    const upcoming = takedownSchedule(catalog, today, to);
    const takedowns = [
      ...overdue.map((takedown) => ({ ...takedown, overdue: true })),
      ...upcoming.map((takedown) => ({ ...takedown, overdue: false })),
    ];
    if (options.json) {
      io.out(`${JSON.stringify({ file: path, today, from: today, to, takedowns }, null, 2)}\n`);
    } else {
      io.out(takedownsText(fileLabel(path), today, to, overdue, upcoming));
    }
    return overdue.length > 0 ? 1 : 0;
  },
};

function takedownsText(
  label: string,
  today: IsoDate,
  to: IsoDate,
  overdue: readonly Takedown[],
  upcoming: readonly Takedown[],
): string {
  const soon =
    upcoming.length === 0
      ? `no document reaches its last day from ${today} to ${to}.`
      : `${plural(upcoming.length, 'document')} ${upcoming.length === 1 ? 'reaches' : 'reach'} the last day online from ${today} to ${to}.`;
  const lines =
    overdue.length === 0
      ? wrap(`${label}: ${soon}`, 2)
      : [
          ...wrap(
            `${label} on ${today}: ${plural(overdue.length, 'document')} ${overdue.length === 1 ? 'is' : 'are'} OVERDUE: past the last day online and still in the catalogue. Take ${overdue.length === 1 ? 'it' : 'them'} off the website now, then out of the catalogue.`,
            2,
          ),
          ...wrap(
            upcoming.length === 0
              ? `No other document reaches its last day from ${today} to ${to}.`
              : `Then ${soon}`,
            2,
          ),
        ];
  if (overdue.length + upcoming.length > 0) {
    lines.push(
      '',
      ...columns([
        ['STATUS', 'LAST DAY', 'GONE BY', 'DOCUMENT'],
        ...[
          ...overdue.map((takedown) => ['overdue', takedown]),
          ...upcoming.map((takedown) => ['due', takedown]),
        ].map(([status, takedown]) => {
          const { liveUntil, takeDownOn, title, path, link } = takedown as Takedown;
          return [status as string, liveUntil, takeDownOn, `${title} (${path}, ${link})`];
        }),
      ]),
      '',
      ...wrap(
        `Then they are kept in the ${nspccRepository.name} (${nspccRepository.keeps}): ${nspccRepository.url}`,
        0,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
