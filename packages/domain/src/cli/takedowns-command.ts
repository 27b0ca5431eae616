import { addCalendarDays } from '../calendar/calendar-days';
import type { IsoDate } from '../calendar/iso-date';
import { plural } from '../internal/plural';
import { nspccRepository, takedownSchedule } from '../listing/takedown-schedule';
import { CliError, type CliIo } from './cli-io';
import { validCatalog } from './read-catalog';
import { columns, wrap } from './text-layout';

/** How many days ahead `ddscp takedowns` looks when `--within` is not given. */
export const DEFAULT_WITHIN_DAYS = 30;

/**
 * `ddscp takedowns <catalog.json>`: the documents whose last day online falls from today
 * to `within` days ahead, and where they go next.
 */
export async function takedownsCommand(
  path: string,
  today: IsoDate,
  options: { readonly within: string | undefined; readonly json: boolean },
  io: CliIo,
): Promise<number> {
  const within = options.within === undefined ? DEFAULT_WITHIN_DAYS : Number(options.within);
  if (!/^[0-9]{1,4}$/.test(options.within ?? '0') || within > 3660) {
    throw new CliError(
      `--within must be a number of days from 0 to 3660, e.g. --within 30; found ${JSON.stringify(options.within)}.`,
    );
  }
  const to = addCalendarDays(today, within);
  const takedowns = takedownSchedule(await validCatalog(path, io), today, to);
  if (options.json) {
    io.out(`${JSON.stringify({ file: path, today, from: today, to, takedowns }, null, 2)}\n`);
    return 0;
  }
  const lines = wrap(
    takedowns.length === 0
      ? `${path}: no document reaches its last day from ${today} to ${to}.`
      : `${path}: ${plural(takedowns.length, 'document')} ${takedowns.length === 1 ? 'reaches' : 'reach'} the last day online from ${today} to ${to}.`,
    2,
  );
  if (takedowns.length > 0) {
    lines.push(
      '',
      ...columns([
        ['LAST DAY', 'GONE BY', 'DOCUMENT'],
        ...takedowns.map((takedown) => [
          takedown.liveUntil,
          takedown.takeDownOn,
          `${takedown.title} (${takedown.path}, ${takedown.link})`,
        ]),
      ]),
      '',
      ...wrap(
        `Then they are kept in the ${nspccRepository.name} (${nspccRepository.keeps}): ${nspccRepository.url}`,
        0,
      ),
    );
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
