import { ConsentCliError, type ConsentCliIo } from './consent-cli-io';

/** `ddscp-consent audit <url>`: not built yet (issue 15). */
export async function auditCommand(_args: readonly string[], _io: ConsentCliIo): Promise<number> {
  throw new ConsentCliError('audit is not available in this version.');
}
