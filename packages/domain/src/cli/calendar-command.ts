import ical, { ICalAlarmType } from 'ical-generator';
import { calendarDaysBetween } from '../calendar/calendar-days';
import type { IsoDate } from '../calendar/iso-date';
import type { Catalog } from '../catalog/catalog-schema';
import { formatPath } from '../findings/format-path';
import { type Reminder, reviewReminders } from '../reminders/review-reminders';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-io';
import { CATALOG_ARGUMENT, catalogArgument, jsonOption, todayOption } from './common-options';
import { validCatalog } from './read-catalog';

/** How many working days ahead `ddscp calendar` reminds when `--alarm-days` is not given. */
export const DEFAULT_ALARM_DAYS = 5;

/** Alarms go off at this hour of the reminder day, in the calendar's own time zone. */
const ALARM_HOUR = 9;

/**
 * `ddscp calendar <catalog.json> > reviews.ics`: every takedown and statutory deadline as
 * an iCalendar file (RFC 5545, written by ical-generator) for the team's calendar, with an
 * alarm `--alarm-days` working days ahead and stable UIDs, so that importing a new file
 * updates the events instead of adding them again.
 */
export const calendarCommand: CliCommand = {
  name: 'calendar',
  usage: ['<catalog.json> [--alarm-days N] [--today YYYY-MM-DD] [--json]'],
  summary: 'Every takedown and statutory deadline as an iCalendar file, with alarms.',
  description: [
    "Writes an iCalendar file (RFC 5545) to standard output with an all-day event for each document's last day online and each review's statutory deadlines, each with an alarm at 9:00 N working days before (England and Wales). Import it into Outlook, Google Calendar or Apple Calendar; each event keeps its UID from one file to the next, so importing a newer file updates the events rather than adding them twice.",
    CATALOG_ARGUMENT.replace('COMMAND', 'calendar'),
  ],
  options: {
    'alarm-days': {
      type: 'string',
      value: 'N',
      description: `alarms N working days ahead (${DEFAULT_ALARM_DAYS}; 0 on the day)`,
      example: '--alarm-days 5',
    },
    today: todayOption,
    json: { ...jsonOption, description: 'the events as JSON instead of iCalendar' },
  },
  exitStatus: '0 done, 2 the command could not run',
  examples: ['calendar catalog.json > reviews.ics', 'calendar catalog.json --alarm-days 10'],
  async run(context) {
    const path = catalogArgument(calendarCommand, context);
    const { options, io } = context;
    const given = typeof options['alarm-days'] === 'string' ? options['alarm-days'] : undefined;
    const alarmWorkingDays = given === undefined ? DEFAULT_ALARM_DAYS : Number(given);
    if (!/^[0-9]{1,2}$/.test(given ?? '0') || alarmWorkingDays > 60) {
      throw new CliError(
        `--alarm-days must be a number of working days from 0 to 60, e.g. --alarm-days 5; found ${JSON.stringify(given)}.`,
      );
    }
    const today = context.today();
    const catalog = await validCatalog(path, io);
    const reminders = reviewReminders(catalog, today, { alarmWorkingDays });
    if (options.json) {
      const events = reminders.map((reminder) => ({
        ...reminder,
        path: formatPath(reminder.path),
      }));
      io.out(`${JSON.stringify({ file: path, today, alarmWorkingDays, events }, null, 2)}\n`);
    } else {
      io.out(calendarFile(catalog, today, reminders));
    }
    return 0;
  },
};

/** The reminders as an iCalendar file. */
function calendarFile(catalog: Catalog, today: IsoDate, reminders: readonly Reminder[]): string {
  const { partnership } = catalog;
  const calendar = ical({
    prodId: { company: 'DDSCP', product: 'ddscp calendar', language: 'EN' },
    name: `${partnership.shortName ?? partnership.name}: review takedowns and deadlines`,
  });
  // Written on the day judged, so the same catalogue and day give the same file.
  const stamp = `${today}T00:00:00Z`;
  for (const reminder of reminders) {
    const event = calendar.createEvent({
      id: reminder.uid,
      start: reminder.date,
      allDay: true,
      stamp,
      summary: reminder.summary,
      description: reminder.description,
      categories: [{ name: reminder.kind === 'takedown' ? 'Takedown' : 'Statutory deadline' }],
    });
    if (reminder.remindOn !== null) {
      // Relative to the event's start (midnight of its day, in the calendar's zone): the
      // days before, less the hours to 9:00.
      const days = calendarDaysBetween(reminder.remindOn, reminder.date);
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: days * 86_400 - ALARM_HOUR * 3600,
        description: reminder.summary,
      });
    }
  }
  return calendar.toString();
}
