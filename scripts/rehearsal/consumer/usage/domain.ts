// @ddscp/domain as a TypeScript user sees it. Type-checked in the rehearsal's consumer
// project under moduleResolution "nodenext" (as ESM and as CJS) and "bundler".
import { type IsoDate, isoDate } from '@ddscp/domain';

export const day: IsoDate = isoDate('2024-02-29');
// @ts-expect-error a plain string is not an IsoDate: dates must go through isoDate()
export const notADay: IsoDate = '2024-02-29';
