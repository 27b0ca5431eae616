import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate, IsoDateInput } from './iso-date';
import { isoDate } from './iso-date';
import type { PartialDate, PartialDateInput } from './partial-date';
import { firstDayOf, partialDate } from './partial-date';

describe('date types', () => {
  it('brand validated dates so plain strings cannot pass for them', () => {
    expectTypeOf(isoDate('2024-02-29')).toEqualTypeOf<IsoDate>();
    expectTypeOf<string>().not.toMatchTypeOf<IsoDate>();
    expectTypeOf<string>().not.toMatchTypeOf<PartialDate>();
    expectTypeOf(partialDate('2024-03')).toEqualTypeOf<PartialDate>();
  });

  it('make every IsoDate a PartialDate, but not the other way round', () => {
    expectTypeOf<IsoDate>().toMatchTypeOf<PartialDate>();
    expectTypeOf<PartialDate>().not.toMatchTypeOf<IsoDate>();
    expectTypeOf(firstDayOf('2024-03')).toEqualTypeOf<IsoDate>();
  });

  it('accept date literals written in code, but not arbitrary strings', () => {
    expectTypeOf<'2024-12-20'>().toMatchTypeOf<IsoDateInput>();
    expectTypeOf<IsoDate>().toMatchTypeOf<IsoDateInput>();
    expectTypeOf<string>().not.toMatchTypeOf<IsoDateInput>();
    expectTypeOf<'2024'>().toMatchTypeOf<PartialDateInput>();
    expectTypeOf<'2024-03'>().toMatchTypeOf<PartialDateInput>();
    expectTypeOf<'2024-03-15'>().toMatchTypeOf<PartialDateInput>();
    expectTypeOf<'March 2024'>().not.toMatchTypeOf<PartialDateInput>();
    expectTypeOf<string>().not.toMatchTypeOf<PartialDateInput>();
  });
});
