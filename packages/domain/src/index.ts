/**
 * `@ddscp/domain`: the models and rules of child safeguarding practice reviews in England.
 *
 * @packageDocumentation
 */
export { InvalidDateError } from './calendar/invalid-date-error';
export { daysInMonth, type IsoDate, isIsoDate, isLeapYear, isoDate } from './calendar/iso-date';
