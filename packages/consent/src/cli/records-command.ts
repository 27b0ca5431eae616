import { quote } from '../errors/quote';
import type { ConsentNotice } from '../records/consent-notice';
import type { ConsentRecordStore } from '../records/consent-record-store';
import { ConsentCliError, type ConsentCliIo } from './consent-cli-io';
import { RECORDS_CLI_HELP } from './records-cli-help';
import { csvHeader, csvLine, jsonLine } from './records-cli-output';

type Subcommand = 'count' | 'export' | 'purge';

/** The options each subcommand takes (besides where the records are). */
const OPTIONS: Readonly<Record<Subcommand, readonly string[]>> = {
  count: [],
  export: ['--format', '--from', '--to', '--controller', '--contact', '--notices'],
  purge: ['--before', '--dry-run'],
};
const COMMON = ['--sqlite', '--postgres', '--table'];
/** Options that take no value. */
const FLAGS = new Set(['--dry-run']);
const FORMATS = ['csv', 'jsonl', 'iso27560'] as const;
/** A notices file is a few kilobytes: anything beyond this is not one. */
const MAX_NOTICES_BYTES = 1024 * 1024;
/** Output is written in chunks of about this many characters. */
const CHUNK = 64 * 1024;

const fail = (message: string): never => {
  throw new ConsentCliError(`records: ${message}`);
};

/** Reads `records <subcommand> [options]` into the subcommand and its options, checked. */
function parse(args: readonly string[], env: ConsentCliIo['env']) {
  const [name, ...rest] = args;
  if (name === undefined)
    fail(
      'no subcommand given: expected count, export or purge (see ddscp-consent records --help).',
    );
  if (!Object.hasOwn(OPTIONS, name as string))
    fail(
      `unknown subcommand ${quote(name)}: expected count, export or purge (see ddscp-consent records --help).`,
    );
  const subcommand = name as Subcommand;
  const allowed = [...COMMON, ...OPTIONS[subcommand]];
  const options = new Map<string, string>();
  for (let index = 0; index < rest.length; index++) {
    const option = rest[index] as string;
    if (!allowed.includes(option))
      fail(
        option.startsWith('--')
          ? `records ${subcommand} has no option ${quote(option)}: its options are ${allowed.join(', ')}.`
          : `unexpected ${quote(option)}: records ${subcommand} takes only options (${allowed.join(', ')}).`,
      );
    if (options.has(option)) fail(`${option} is given twice.`);
    const next = rest[index + 1];
    if (FLAGS.has(option)) options.set(option, 'yes');
    else if (option === '--postgres' && (next === undefined || next.startsWith('--'))) {
      // Without a URL: the one in DATABASE_URL, so the password stays out of `ps`.
      const url = env.DATABASE_URL;
      if (!url)
        fail(
          '--postgres has no URL and DATABASE_URL is not set: give --postgres postgres://… or set DATABASE_URL.',
        );
      options.set(option, url as string);
    } else {
      if (next === undefined || next.startsWith('--'))
        fail(`${option} needs a value (see ddscp-consent records --help).`);
      options.set(option, next as string);
      index += 1;
    }
  }
  if (options.has('--sqlite') === options.has('--postgres'))
    fail('say where the records are: --sqlite FILE or --postgres URL (one of them).');
  return { subcommand, options };
}

/** A `--from`, `--to` or `--before` value: `YYYY-MM-DD` (midnight UTC) or an ISO 8601 time. */
function date(option: string, value: string): Date {
  const form =
    /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
  const match = form.exec(value);
  const time = match
    ? Date.parse(match[0].includes('T') ? value : `${value}T00:00:00Z`)
    : Number.NaN;
  // A calendar day that exists (Date.parse would roll 2026-02-30 over to March).
  const day = new Date(time);
  if (
    !match ||
    Number.isNaN(time) ||
    (!value.includes('T') && day.toISOString().slice(0, 10) !== value)
  )
    fail(
      `${option} must be a date such as 2026-01-31 or an ISO time such as 2026-01-31T09:30:00Z; found ${quote(value)}.`,
    );
  return day;
}

/** The `--notices` file: a JSON array of notices, as `consentNotice` makes them. */
async function readNotices(file: string): Promise<ConsentNotice[]> {
  const { open } = await import('node:fs/promises');
  let text: string;
  try {
    const handle = await open(file, 'r');
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) fail(`--notices ${file} is not a regular file.`);
      if (stat.size > MAX_NOTICES_BYTES)
        fail(`--notices ${file} is ${stat.size} bytes: a notices file is well under 1 MB.`);
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ConsentCliError) throw error;
    return fail(`cannot read --notices ${file}: ${(error as Error).message}`);
  }
  let notices: unknown;
  try {
    notices = JSON.parse(text);
  } catch (error) {
    return fail(`--notices ${file} is not JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(notices) ? notices : [notices];
  list.forEach((notice: Partial<ConsentNotice>, index) => {
    if (
      !Number.isInteger(notice?.policyVersion) ||
      typeof notice?.sha256 !== 'string' ||
      !/^[\da-f]{64}$/.test(notice.sha256) ||
      (notice.mode !== 'opt-in' && notice.mode !== 'statistical-exemption') ||
      typeof notice.lifetimeDays?.accepted !== 'number' ||
      typeof notice.lifetimeDays?.refused !== 'number' ||
      !Array.isArray(notice.cookies?.necessary) ||
      !Array.isArray(notice.cookies?.analytical)
    )
      fail(
        `--notices ${file}: notice ${index} is not one consentNotice made (policyVersion, sha256, mode, lifetimeDays, cookies); found ${quote(notice)}.`,
      );
  });
  return list as ConsentNotice[];
}

/** Opens the store the options name, turning its errors into one-line ones. */
async function openStore(options: Map<string, string>): Promise<ConsentRecordStore> {
  const records = await import('../records');
  const table = options.get('--table');
  const settings = table === undefined ? {} : { table };
  try {
    const sqlite = options.get('--sqlite');
    if (sqlite !== undefined) {
      const { stat } = await import('node:fs/promises');
      // The command never creates a database: a mistyped path is an error, not a new file.
      const found = await stat(sqlite).catch(() => undefined);
      if (!found) fail(`--sqlite ${sqlite}: no such file.`);
      return await records.openSqliteRecordStore(sqlite, { ...settings, retryForMs: 10_000 });
    }
    return await records.openPostgresRecordStore(options.get('--postgres') as string, {
      ...settings,
      retryForMs: 10_000,
    });
  } catch (error) {
    if (error instanceof ConsentCliError) throw error;
    return fail(((error as Error).message ?? String(error)).split('\n')[0] as string);
  }
}

/**
 * `ddscp-consent records count|export|purge`: counts, exports (CSV, JSON Lines or ISO/IEC TS
 * 27560 JSON) or purges the proof of consent in a SQLite file or a PostgreSQL database.
 * Returns the exit status: 0 done, 1 done but incomplete, 2 (as a `ConsentCliError`) could
 * not run.
 */
export async function recordsCommand(args: readonly string[], io: ConsentCliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(RECORDS_CLI_HELP);
    return 0;
  }
  const { subcommand, options } = parse(args, io.env);
  const format = (options.get('--format') ?? 'csv') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    fail(`--format must be ${FORMATS.join(', ')}; found ${quote(format)}.`);
  const from = options.has('--from') ? date('--from', options.get('--from') as string) : undefined;
  const to = options.has('--to') ? date('--to', options.get('--to') as string) : undefined;
  const before = options.has('--before')
    ? date('--before', options.get('--before') as string)
    : undefined;
  if (subcommand === 'purge' && !before)
    fail('purge needs --before DATE: the records decided before it are deleted.');
  if (before && before.getTime() > Date.now())
    fail(
      `--before ${options.get('--before')} is in the future: purge deletes proof of consent, so only records of the past.`,
    );
  const iso = format === 'iso27560';
  const controller = options.get('--controller');
  const contact = options.get('--contact');
  if (iso && (!controller || !contact || !options.has('--notices')))
    fail(
      '--format iso27560 needs --controller NAME, --contact EMAIL|URL and --notices FILE (see ddscp-consent records --help).',
    );
  if (!iso && (controller || contact || options.has('--notices')))
    fail('--controller, --contact and --notices go with --format iso27560 only.');
  const notices = iso ? await readNotices(options.get('--notices') as string) : [];

  const store = await openStore(options);
  try {
    if (subcommand === 'count') {
      io.out(`${await store.count()}\n`);
      return 0;
    }
    if (subcommand === 'purge') {
      if (options.has('--dry-run')) {
        let count = 0;
        for await (const _ of store.export({ to: before as Date })) count += 1;
        io.out(
          `${count} records decided before ${(before as Date).toISOString()} would be deleted (dry run: none was).\n`,
        );
      } else {
        const deleted = await store.purge({ before: before as Date });
        io.out(`Deleted ${deleted} records decided before ${(before as Date).toISOString()}.\n`);
      }
      return 0;
    }
    const { toIso27560 } = await import('../records/to-iso-27560');
    let chunk = '';
    const write = (text: string) => {
      chunk += text;
      if (chunk.length >= CHUNK) {
        io.out(chunk);
        chunk = '';
      }
    };
    const left = new Map<number, number>();
    let written = 0;
    if (format === 'csv') write(csvHeader());
    if (iso) write('[');
    for await (const record of store.export({ ...(from && { from }), ...(to && { to }) })) {
      if (!iso) {
        write(format === 'csv' ? csvLine(record) : jsonLine(record));
        continue;
      }
      if (!notices.some((notice) => notice.policyVersion === record.policyVersion)) {
        left.set(record.policyVersion, (left.get(record.policyVersion) ?? 0) + 1);
        continue;
      }
      // A refusal right after an acceptance (same policy) is a withdrawal.
      const [previous] = record.analytical
        ? []
        : await store.forVisitor(record.id, { before: record.decidedAt, limit: 1 });
      const mapped = toIso27560(record, {
        controller: { name: controller as string, contact: contact as string },
        notice: notices,
        ...(previous && { previous }),
      });
      write(`${written++ ? ',' : ''}\n${JSON.stringify(mapped)}`);
    }
    if (iso) write(written ? '\n]\n' : ']\n');
    io.out(chunk);
    if (left.size === 0) return 0;
    const versions = [...left.keys()].sort((a, b) => a - b);
    const count = [...left.values()].reduce((sum, each) => sum + each, 0);
    io.err(
      `ddscp-consent: records: ${count} records of policy version ${versions.join(', ')} were left out of the export: --notices has no notice for ${versions.length > 1 ? 'them' : 'it'}.\n`,
    );
    return 1;
  } catch (error) {
    if (error instanceof ConsentCliError) throw error;
    return fail(((error as Error).message ?? String(error)).split('\n')[0] as string);
  } finally {
    await store.close();
  }
}
