// @ddscp/domain as a TypeScript user sees it. Type-checked in the rehearsal's consumer
// project under moduleResolution "nodenext" (as ESM and as CJS) and "bundler".

import {
  firstDayOf,
  type IsoDate,
  isoDate,
  type PartialDate,
  partialDate,
  ukToday,
} from '@ddscp/domain';

export const day: IsoDate = isoDate('2024-02-29');
// @ts-expect-error a plain string is not an IsoDate: dates must go through isoDate()
export const notADay: IsoDate = '2024-02-29';

export const published: PartialDate = partialDate('2024-03');
export const anIsoDateIsAPartialDate: PartialDate = day;
export const first: IsoDate = firstDayOf(published);
export const today: IsoDate = ukToday();
