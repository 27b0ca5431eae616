// `ddscp calendar`'s output read back by an independent iCalendar parser (ical.js, Mozilla's
// calendar library), as a calendar application would read it.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli-io';
import type { IsoDate } from '../calendar/iso-date';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { addWorkingDays } from '../working-days/working-days';

/** The sample with a review whose timeline has deadlines. */
const catalog = JSON.stringify({
  ...ddscpCatalog,
  reviews: [
    ...ddscpCatalog.reviews,
    {
      id: 'example',
      reference: 'EX1',
      pseudonym: 'Child A',
      kind: 'lcspr',
      title: 'An example review, "quoted"; with commas',
      timeline: {
        becameAware: '2025-02-24',
        notifiedPanel: '2025-02-28',
        decisionToCommission: '2025-03-20',
      },
      documents: [
        {
          id: 'briefing',
          kind: 'seven-minute-briefing',
          title: 'Briefing',
          published: '2025-03-10',
          link: '/d/b',
        },
      ],
    },
  ],
});

interface Event {
  uid: string;
  summary: string;
  description: string;
  start: string;
  allDay: boolean;
  alarms: { action: string; trigger: ICAL.Duration }[];
}

/** The events of an iCalendar text, as ical.js reads them. */
function eventsOf(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      alarms: component.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        trigger: alarm.getFirstPropertyValue('trigger') as ICAL.Duration,
      })),
    };
  });
}

async function calendar(...options: string[]) {
  const result = await run(['calendar', 'c.json', '--today', '2025-03-03', ...options], {
    'c.json': catalog,
  });
  expect(result.status).toBe(0);
  return result.out;
}

/** The day and time an alarm goes off: the event's start plus the (negative) trigger. */
function alarmTime(event: Event, index = 0): string {
  const start = ICAL.Time.fromDateString(event.start);
  const time = start.clone();
  time.isDate = false;
  time.addDuration(event.alarms[index]?.trigger as ICAL.Duration);
  return time.toString();
}

describe('ddscp calendar', () => {
  it('writes RFC 5545 text: CRLF line ends, lines folded to 75 octets', async () => {
    const text = await calendar();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it("has an all-day event for every dated document's last day and every statutory deadline", async () => {
    const events = eventsOf(await calendar());
    expect(events.map((event) => [event.start, event.uid])).toEqual([
      ['2025-03-03', 'deadline.panel-notification.example@ddscp'],
      ['2025-03-21', 'deadline.rapid-review.example@ddscp'],
      ['2025-03-31', 'takedown.theo-tds20.report@ddscp'],
      ['2025-03-31', 'takedown.theo-tds20.multi-agency-progress-summary@ddscp'],
      ['2025-07-31', 'takedown.theo-tds20.learning-on-one-page@ddscp'],
      ['2025-09-20', 'deadline.lcspr-publication.example@ddscp'],
      ['2026-03-10', 'takedown.example.briefing@ddscp'],
    ]);
    expect(events.every((event) => event.allDay)).toBe(true);
    const [notification, , report] = events;
    expect(notification?.summary).toBe('Notification to the Panel due: Child A (EX1) (met)');
    expect(report?.summary).toBe('Take down: Child Safeguarding Practice Review Theo (TDS20)');
    expect(report?.description).toContain('Take it off the website by 1 April 2025');
    expect(report?.description).toContain('NSPCC national case review repository');
  });

  it('keeps text as written through the escaping: commas, semicolons, quotes', async () => {
    const text = await calendar('--today', '2026-01-01');
    const briefing = eventsOf(text).find(
      (event) => event.uid === 'takedown.example.briefing@ddscp',
    );
    expect(briefing?.summary).toBe('Take down: Briefing (EX1)');
    expect(text).toContain('\\,');
  });

  it('alarms at 9:00, 5 working days ahead, on every open takedown and deadline', async () => {
    const events = eventsOf(await calendar());
    const report = events.find((event) => event.uid === 'takedown.theo-tds20.report@ddscp');
    expect(report?.alarms.map((alarm) => alarm.action)).toEqual(['DISPLAY']);
    expect(alarmTime(report as Event)).toBe(`${addWorkingDays('2025-03-31', -5)}T09:00:00`);
    // Met deadlines need no reminder.
    const met = events.find((event) => event.uid === 'deadline.panel-notification.example@ddscp');
    expect(met?.alarms).toEqual([]);
    for (const event of events.filter((event) => event.alarms.length > 0)) {
      expect(alarmTime(event), event.uid).toBe(
        `${addWorkingDays(event.start as IsoDate, -5)}T09:00:00`,
      );
    }
  });

  it('takes the number of working days ahead: --alarm-days', async () => {
    const events = eventsOf(await calendar('--alarm-days', '10'));
    const report = events.find((event) => event.uid === 'takedown.theo-tds20.report@ddscp');
    expect(alarmTime(report as Event)).toBe('2025-03-17T09:00:00');
    const onTheDay = eventsOf(await calendar('--alarm-days', '0'));
    expect(alarmTime(onTheDay[2] as Event)).toBe('2025-03-31T09:00:00');
    const refused = await run(['calendar', 'c.json', '--alarm-days', 'soon'], {
      'c.json': catalog,
    });
    expect(refused).toMatchObject({
      status: 2,
      err: 'ddscp: --alarm-days must be a number of working days from 0 to 60, e.g. --alarm-days 5; found "soon".\n',
    });
  });

  it('gives each event the same UID on every run, so a calendar updates rather than duplicates', async () => {
    const uids = (text: string) =>
      eventsOf(text)
        .map((event) => event.uid)
        .sort();
    const now = await calendar();
    const later = await run(['calendar', 'c.json', '--today', '2025-06-01'], { 'c.json': catalog });
    expect(uids(later.out)).toEqual(uids(now));
    expect(new Set(uids(now)).size).toBe(uids(now).length);
    // A change of date moves the event, under the same UID.
    const moved = catalog.replace('"published":"2025-03-10"', '"published":"2025-03-17"');
    const after = await run(['calendar', 'c.json', '--today', '2025-03-03'], { 'c.json': moved });
    const briefing = eventsOf(after.out).find(
      (event) => event.uid === 'takedown.example.briefing@ddscp',
    );
    expect(briefing?.start).toBe('2026-03-17');
  });

  it('gives the events as JSON with --json', async () => {
    const { out } = await run(['calendar', 'c.json', '--today', '2025-03-03', '--json'], {
      'c.json': catalog,
    });
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['file', 'today', 'alarmWorkingDays', 'events']);
    expect(json.events[2]).toMatchObject({
      uid: 'takedown.theo-tds20.report@ddscp',
      kind: 'takedown',
      date: '2025-03-31',
      remindOn: '2025-03-24',
      status: 'due',
      path: 'reviews[0].documents[0]',
    });
  });
});
