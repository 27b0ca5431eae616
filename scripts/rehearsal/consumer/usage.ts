// Type-checked in the rehearsal's consumer project under moduleResolution "nodenext"
// (as ESM and as CJS, via the .mts/.cts copies) and "bundler": the published declarations
// must describe the API the way a TypeScript user sees it.
import { parseCookieHeader } from '@ddscp/consent';
import { type IsoDate, isoDate } from '@ddscp/domain';

const day: IsoDate = isoDate('2024-02-29');
const cookies: Record<string, string> = parseCookieHeader('a=1');
// @ts-expect-error a plain string is not an IsoDate: dates must go through isoDate()
const notADay: IsoDate = '2024-02-29';

export { cookies, day, notADay };
