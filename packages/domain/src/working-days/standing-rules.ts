// The standing rules for bank holidays in England and Wales: the Banking and Financial
// Dealings Act 1971 (Schedule 1: Easter Monday, the last Mondays of May and August, Boxing
// Day and the substitutes for a weekend Christmas), New Year's Day and the early May
// holiday (by royal proclamation every year since 1974 and 1978), and Good Friday and
// Christmas Day (common-law holidays). They give every year's holidays except the one-off
// changes made by proclamation.
import { dayNumber, isoDateOfDayNumber, weekdayOfDayNumber } from '../calendar/day-number';
import type { BankHolidayEvent } from './bank-holiday';
import { easterSunday } from './easter';

const MONDAY = 1;
const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 7;

/** The bank holidays the standing rules give for a year, in date order, with GOV.UK's titles. */
export function bankHolidaysByStandingRules(year: number): BankHolidayEvent[] {
  const easter = easterSunday(year);
  return [
    newYearsDay(year),
    event(easter - 2, 'Good Friday'),
    event(easter + 1, 'Easter Monday'),
    event(firstMonday(year, 5), 'Early May bank holiday'),
    event(lastMonday(year, 5), 'Spring bank holiday'),
    event(lastMonday(year, 8), 'Summer bank holiday'),
    ...christmas(year),
  ];
}

/** 1 January, or the Monday after when it falls on a weekend. */
function newYearsDay(year: number): BankHolidayEvent {
  const day = dayNumber(year, 1, 1);
  const weekday = weekdayOfDayNumber(day);
  if (weekday === SATURDAY) return event(day + 2, "New Year's Day", true);
  if (weekday === SUNDAY) return event(day + 1, "New Year's Day", true);
  return event(day, "New Year's Day");
}

/**
 * Christmas Day and Boxing Day, with weekday substitutes: on a Saturday Christmas, Monday 27
 * and Tuesday 28; on a Sunday Christmas, Boxing Day Monday 26 and Christmas Tuesday 27; on a
 * Friday Christmas, Boxing Day moves to Monday 28.
 */
function christmas(year: number): BankHolidayEvent[] {
  const day = dayNumber(year, 12, 25);
  switch (weekdayOfDayNumber(day)) {
    case FRIDAY:
      return [event(day, 'Christmas Day'), event(day + 3, 'Boxing Day', true)];
    case SATURDAY:
      return [event(day + 2, 'Christmas Day', true), event(day + 3, 'Boxing Day', true)];
    case SUNDAY:
      return [event(day + 1, 'Boxing Day'), event(day + 2, 'Christmas Day', true)];
    default:
      return [event(day, 'Christmas Day'), event(day + 1, 'Boxing Day')];
  }
}

function firstMonday(year: number, month: number): number {
  const first = dayNumber(year, month, 1);
  return first + ((MONDAY - weekdayOfDayNumber(first) + 7) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayNumber(year, month + 1, 1) - 1;
  return last - ((weekdayOfDayNumber(last) - MONDAY + 7) % 7);
}

function event(day: number, title: string, substituteDay = false): BankHolidayEvent {
  return { date: isoDateOfDayNumber(day), title, substituteDay };
}
