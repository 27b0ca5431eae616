// The days a partnership's team must not miss, as reminders for a calendar: every document's
// last day online and every statutory deadline, each with a stable id and the day to be
// reminded, a number of working days ahead. Plain data: `ddscp calendar` writes them as an
// iCalendar file; a site can serve them as a feed with any library.
import { addCalendarDays } from '../calendar/calendar-days';
import { formatPartialDate } from '../calendar/format-partial-date';
import { type IsoDate, type IsoDateInput, isoDate } from '../calendar/iso-date';
import type { Catalog } from '../catalog/catalog-schema';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import {
  type DeadlineKind,
  type DeadlineRules,
  deadlineEntryOf,
} from '../deadlines/deadline-rules';
import { statusOn } from '../deadlines/deadline-status';
import {
  type Deadline,
  deadlinesUnder,
  prepareDeadlineRules,
} from '../deadlines/statutory-deadlines';
import type { FindingPath } from '../findings/finding';
import { documentRetentions } from '../listing/document-retention';
import { nspccRepository } from '../listing/nspcc-repository';
import type { RetentionPolicy } from '../retention/retention-policy';
import { addWorkingDays } from '../working-days/working-days';

/** Where a reminder stands on the day: a takedown `overdue` or `due`; a deadline's status. */
export type ReminderStatus = 'overdue' | 'due' | 'open' | 'met' | 'missed';

/** A day the team must not miss; see {@link reviewReminders}. */
export interface Reminder {
  /**
   * The same document or deadline has the same id on every run, whatever else changes, so
   * a calendar that imports the file again updates the event rather than adding another.
   */
  readonly uid: string;
  /** A document's last day online, or a statutory deadline. */
  readonly kind: 'takedown' | 'deadline';
  /** For a deadline: which. */
  readonly deadline: DeadlineKind | null;
  /** The day: the last day a document may be shown, or the day a deadline is due. */
  readonly date: IsoDate;
  /** The day to be reminded, working days ahead; `null` once there is nothing to do (met or missed). */
  readonly remindOn: IsoDate | null;
  readonly status: ReminderStatus;
  readonly reviewId: string;
  readonly reference: string;
  /** Where it is in the catalogue: the document, or the timeline step that meets the deadline. */
  readonly path: FindingPath;
  /** A title for the calendar: "Take down: …", "Rapid review due: …". */
  readonly summary: string;
  /** What to do, and why, in a sentence or two. */
  readonly description: string;
}

/** What {@link reviewReminders} works to; every part has a default. */
export interface ReminderOptions {
  /**
   * How many working days (England and Wales) before the day to be reminded: 5 by default
   * (a working week); 0 reminds on the day itself.
   */
  readonly alarmWorkingDays?: number;
  /** The retention policy; {@link ddscpRetentionPolicy} by default. */
  readonly policy?: RetentionPolicy;
  /** Deadline rules over {@link defaultDeadlineRules}, as for {@link statutoryDeadlines}. */
  readonly rules?: Partial<DeadlineRules>;
}

/**
 * Every takedown and statutory deadline of a catalogue, as reminders, soonest first: each
 * dated document's last day online (overdue once past, if it is still in the catalogue),
 * and each review's statutory deadlines with their status on `today`. Each has a stable
 * `uid` and, while there is something to do, the day to be reminded (`alarmWorkingDays`
 * working days before).
 *
 * @throws {InvalidDateError} when `today` is not a real day.
 * @throws {RangeError} when `alarmWorkingDays` is not a whole number from 0 to 60.
 * @example
 * reviewReminders(ddscpCatalog, '2025-03-01').map((r) => [r.date, r.summary]);
 */
export function reviewReminders(
  catalog: Catalog,
  today: IsoDateInput,
  options: ReminderOptions = {},
): Reminder[] {
  const day = isoDate(today, 'reviewReminders(today)');
  const ahead = options.alarmWorkingDays ?? 5;
  if (!Number.isSafeInteger(ahead) || ahead < 0 || ahead > 60) {
    throw new RangeError(
      `reviewReminders: alarmWorkingDays is ${String(ahead)}; expected a whole number of working days from 0 to 60, e.g. 5.`,
    );
  }
  const remindOn = (date: IsoDate): IsoDate | null => {
    try {
      return ahead === 0 ? date : addWorkingDays(date, -ahead);
    } catch {
      // Before 1995, where bank holidays are not known: no reminder, the day itself stands.
      return null;
    }
  };
  const retentionOn = documentRetentions(day, options.policy ?? ddscpRetentionPolicy);
  const rules = prepareDeadlineRules(options.rules);
  const owner = catalog.partnership.id;
  const reminders: Reminder[] = [];
  catalog.reviews.forEach((review, reviewIndex) => {
    review.documents.forEach((document, documentIndex) => {
      const retention = retentionOn(document);
      if (!retention || document.published === undefined) return;
      const { liveUntil } = retention;
      const overdue = liveUntil < day;
      reminders.push({
        uid: `takedown.${review.id}.${document.id}@${owner}`,
        kind: 'takedown',
        deadline: null,
        date: liveUntil,
        remindOn: remindOn(liveUntil),
        status: overdue ? 'overdue' : 'due',
        reviewId: review.id,
        reference: review.reference,
        path: ['reviews', reviewIndex, 'documents', documentIndex],
        summary: `${overdue ? 'Overdue: take down' : 'Take down'}: ${document.title}${document.title.includes(review.reference) ? '' : ` (${review.reference})`}`,
        description: `Last day on the website: ${formatPartialDate(liveUntil)} (published ${formatPartialDate(document.published)}). Take it off the website by ${formatPartialDate(addCalendarDays(liveUntil, 1))}, then out of the catalogue; the ${nspccRepository.name} keeps it after that (${nspccRepository.keeps}). Link: ${document.link}.`,
      });
    });
    let deadlines: Deadline[];
    try {
      deadlines = deadlinesUnder(review, rules);
    } catch {
      // A deadline past 2099: `ddscp check` reports it (deadline-not-computed).
      deadlines = [];
    }
    for (const deadline of deadlines) {
      const status = statusOn(deadline, review, day);
      const open = status === 'open' || status === 'overdue';
      const name = deadlineEntryOf(deadline.kind).name;
      const who = review.pseudonym ? `${review.pseudonym} (${review.reference})` : review.reference;
      reminders.push({
        uid: `deadline.${deadline.kind}.${review.id}@${owner}`,
        kind: 'deadline',
        deadline: deadline.kind,
        date: deadline.due,
        remindOn: open ? remindOn(deadline.due) : null,
        status,
        reviewId: review.id,
        reference: review.reference,
        path: ['reviews', reviewIndex, 'timeline', deadline.completedBy],
        summary: `${name.charAt(0).toUpperCase()}${name.slice(1)} due: ${who}${open ? '' : ` (${status})`}`,
        description: `${deadline.rule} Counted from ${formatPartialDate(deadline.from)}; ${open ? `record the day it is done in timeline.${deadline.completedBy}.` : `recorded in timeline.${deadline.completedBy}: ${status}.`}`,
      });
    }
  });
  // Soonest first; on one day, in the catalogue's order (the sort is stable).
  return reminders.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
