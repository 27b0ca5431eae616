// The module vite.config.ts makes at build time from CATALOG (or the sample).
declare module 'virtual:ddscp-catalog' {
  import type { Catalog, IsoDate } from '@ddscp/domain';
  /** The catalogue the site was built from. */
  export const catalog: Catalog;
  /** The day the build drew the listing for. */
  export const builtOn: IsoDate;
}
