// @ddscp/consent as a TypeScript user sees it (see usage/domain.ts).
import { parseCookieHeader } from '@ddscp/consent';

export const cookies: Record<string, string> = parseCookieHeader('a=1');
