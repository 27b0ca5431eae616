import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogDay, catalogInput } from '../../test/support/catalog-arbitrary';
import { catalogSchema } from '../catalog/catalog-schema';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { addWorkingDays } from '../working-days/working-days';
import { reviewReminders } from './review-reminders';

describe('reviewReminders', () => {
  it("gives the sample's takedowns, soonest first, with a reminder 5 working days ahead", () => {
    expect(
      reviewReminders(ddscpCatalog, '2025-03-01').map((r) => [r.uid, r.date, r.remindOn, r.status]),
    ).toEqual([
      ['takedown.theo-tds20.report@ddscp', '2025-03-31', '2025-03-24', 'due'],
      [
        'takedown.theo-tds20.multi-agency-progress-summary@ddscp',
        '2025-03-31',
        '2025-03-24',
        'due',
      ],
      ['takedown.theo-tds20.learning-on-one-page@ddscp', '2025-07-31', '2025-07-24', 'due'],
    ]);
    expect(reviewReminders(ddscpCatalog, '2025-04-01')[0]?.status).toBe('overdue');
  });

  it('takes the working days ahead, 0 for the day itself, and refuses what is not a count', () => {
    expect(reviewReminders(ddscpCatalog, '2025-03-01', { alarmWorkingDays: 0 })[0]?.remindOn).toBe(
      '2025-03-31',
    );
    expect(reviewReminders(ddscpCatalog, '2025-03-01', { alarmWorkingDays: 10 })[0]?.remindOn).toBe(
      '2025-03-17',
    );
    for (const alarmWorkingDays of [-1, 1.5, 61, Number.NaN]) {
      expect(() => reviewReminders(ddscpCatalog, '2025-03-01', { alarmWorkingDays })).toThrow(
        RangeError,
      );
    }
  });

  it('has one reminder per dated document and deadline, each uid once, remindOn ahead of its day (property)', () => {
    fc.assert(
      fc.property(
        catalogInput(),
        catalogDay,
        fc.integer({ min: 0, max: 20 }),
        (input, today, ahead) => {
          const catalog = catalogSchema.parse(input);
          const reminders = reviewReminders(catalog, today, { alarmWorkingDays: ahead });
          const dated = catalog.reviews.flatMap((r) => r.documents.filter((d) => d.published));
          expect(reminders.filter((r) => r.kind === 'takedown')).toHaveLength(dated.length);
          expect(new Set(reminders.map((r) => r.uid)).size).toBe(reminders.length);
          const dates = reminders.map((r) => r.date);
          expect(dates).toEqual([...dates].sort());
          for (const reminder of reminders) {
            if (reminder.remindOn !== null) {
              expect(reminder.remindOn).toBe(
                ahead === 0 ? reminder.date : addWorkingDays(reminder.date, -ahead),
              );
            } else {
              expect(['met', 'missed']).toContain(reminder.status);
            }
          }
        },
      ),
    );
  });
});
