// @ddscp/domain as a TypeScript user sees it. Type-checked in the rehearsal's consumer
// project under moduleResolution "nodenext" (as ESM and as CJS) and "bundler".

import {
  addWorkingDays,
  type BankHoliday,
  bankHolidaysIn,
  ddscp,
  ddscpRetentionPolicy,
  firstDayOf,
  type IsoDate,
  isoDate,
  type PartialDate,
  type Partner,
  type Partnership,
  type PartnershipIssue,
  partialDate,
  partnerSchema,
  partnersOn,
  type Retention,
  type RetentionPolicy,
  type RetentionStatus,
  retentionOf,
  ukToday,
  validatePartnership,
  workingDaysBetween,
} from '@ddscp/domain';
import type { Duration } from 'date-fns';

export const day: IsoDate = isoDate('2024-02-29');
// @ts-expect-error a plain string is not an IsoDate: dates must go through isoDate()
export const notADay: IsoDate = '2024-02-29';
// Date literals written in code are accepted where a date is needed (and checked at run time).
export const deadline: IsoDate = addWorkingDays('2024-12-20', 5);
export const between: number = workingDaysBetween(day, deadline);
// @ts-expect-error an arbitrary string must be validated first
addWorkingDays(String(Date.now()), 5);

export const published: PartialDate = partialDate('2024-03');
export const anIsoDateIsAPartialDate: PartialDate = day;
export const first: IsoDate = firstDayOf(published);
export const today: IsoDate = ukToday();

export const holidays: readonly BankHoliday[] = bankHolidaysIn(2025);

const keepFor: Duration = { years: 1 };
export const policy: RetentionPolicy = { ...ddscpRetentionPolicy, keepFor };
export const retention: Retention = retentionOf(published, today, policy);
export const status: RetentionStatus = retention.status;

export const partnership: Partnership = ddscp;
export const partners: Partner[] = partnersOn(ddscp, '2024-03-01');
export const issues: PartnershipIssue[] = validatePartnership(ddscp);
export const parsed: Partner = partnerSchema.parse({});
