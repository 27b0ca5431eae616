import { ConsentCliError, type ConsentCliIo } from './consent-cli-io';

/** `ddscp-consent records count|export|purge`: not built yet (issue 11). */
export async function recordsCommand(_args: readonly string[], _io: ConsentCliIo): Promise<number> {
  throw new ConsentCliError('records is not available in this version.');
}
