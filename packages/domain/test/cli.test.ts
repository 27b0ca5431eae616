// The built `ddscp` command (dist/cli.js), run as a user runs it: a separate Node process,
// real files in a temporary folder. Exit statuses, one-line messages with no stack trace,
// the version from package.json, 80 columns, and the catalogue file never written.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cli = join(packageDir, 'dist', 'cli.js');
const built = existsSync(cli);
// Each run starts a Node process: run these once, in the UTC project, rather than once per
// time zone (the in-process tests of src/cli cover the commands in every zone).
const once = process.env.TZ === 'UTC';
const dir = mkdtempSync(join(tmpdir(), 'ddscp-cli-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ddscp(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe.runIf(built && once)('the ddscp command, built', () => {
  beforeAll(() =>
    copyFileSync(join(packageDir, 'catalog', 'ddscp.json'), join(dir, 'catalog.json')),
  );

  it('is an executable Node script that imports only Node built-ins and its dependencies (zod, ical-generator, fflate, saxes; pdf.js only when a PDF is read)', () => {
    const source = readFileSync(cli, 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    const imports = [...source.matchAll(/^import .* from ['"]([^'"]+)['"];?$/gm)].map((m) => m[1]);
    expect(
      imports.filter(
        (name) =>
          !['zod', 'ical-generator', 'fflate', 'saxes'].includes(name ?? '') &&
          !/^(node:)?(fs|fs\/promises|util|path|url|process)$/.test(name ?? ''),
      ),
    ).toEqual([]);
    // pdf.js (an optional dependency) is loaded when a PDF is read, never bundled.
    const loaded = [...source.matchAll(/\bimport\(['"]([^'"]+)['"]\)/g)].map((m) => m[1]);
    expect(loaded).toEqual(['pdfjs-dist/legacy/build/pdf.mjs']);
  });

  it('prints the version of its package.json', () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(ddscp('--version')).toEqual({ status: 0, out: `${version}\n`, err: '' });
  });

  it('exits 0 for a clean check and 1 when check finds errors', () => {
    expect(ddscp('check', 'catalog.json', '--today', '2025-03-31').status).toBe(0);
    const after = ddscp('check', 'catalog.json', '--today', '2025-04-01');
    expect(after.status).toBe(1);
    expect(after.out).toContain('error    reviews[0].documents[0]  expired-document');
  });

  it('explains a missing file, invalid JSON and a schema error in one line, exit 2, no stack trace', () => {
    writeFileSync(join(dir, 'invalid.json'), '{\n  "partnership": {\n    "id": "x",\n  }\n}\n');
    const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8'));
    catalog.reviews[0].documents[2].published = 'July 2024';
    writeFileSync(join(dir, 'schema.json'), JSON.stringify(catalog));
    const expected: [string[], string][] = [
      [['listing', 'missing.json'], 'ddscp: cannot read missing.json: there is no such file.\n'],
      [['listing', '.'], 'ddscp: cannot read .: it is a folder, not a file.\n'],
      [
        ['listing', 'invalid.json'],
        `ddscp: invalid.json:4:3: not valid JSON: expected a property name in double quotes, found "}".\n`,
      ],
      [
        ['takedowns', 'schema.json'],
        expect.stringMatching(
          /^ddscp: schema.json:1:\d+: not a valid catalogue: reviews\[0\]\.documents\[2\]\.published: Invalid date "July 2024"[^\n]*\n$/,
        ) as unknown as string,
      ],
      [
        ['check', 'catalog.json', '--today', 'tomorrow'],
        expect.stringMatching(
          /^ddscp: Invalid date "tomorrow" for --today[^\n]*\n$/,
        ) as unknown as string,
      ],
    ];
    for (const [args, err] of expected) {
      const result = ddscp(...args);
      expect(result, args.join(' ')).toEqual({ status: 2, out: '', err });
      expect(result.err).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a named pipe (FIFO) at once, in one line, exit 2, instead of waiting for a writer', () => {
    const fifo = join(dir, 'catalog.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const command of ['check', 'takedowns', 'calendar', 'listing', 'deadlines']) {
      expect(ddscp(command, fifo)).toEqual({
        status: 2,
        out: '',
        err: `ddscp: cannot read ${fifo}: it is a named pipe (FIFO), not a file (to pass what a program writes, use - and a pipe: … | ddscp check -).\n`,
      });
    }
    expect(JSON.parse(ddscp('check', fifo, '--json').out).error.message).toMatch(/named pipe/);
  });

  it('refuses /dev/zero behind a symlink at once, without reading it, exit 2', () => {
    const zero = join(dir, 'zero.json');
    symlinkSync('/dev/zero', zero);
    const result = ddscp('check', zero);
    expect(result).toEqual({
      status: 2,
      out: '',
      err: `ddscp: cannot read ${zero}: it is a device, not a file (to pass what a program writes, use - and a pipe: … | ddscp check -).\n`,
    });
    expect(ddscp('check', '/dev/zero').status).toBe(2);
  });

  it('reads the catalogue from standard input with -', () => {
    const input = readFileSync(join(dir, 'catalog.json'));
    const result = spawnSync(process.execPath, [cli, 'takedowns', '-', '--today', '2025-04-01'], {
      cwd: dir,
      input,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout.startsWith('<stdin> on 2025-04-01: 2 documents are OVERDUE')).toBe(true);
  });

  it('keeps its human output within 80 columns', () => {
    const outputs = [
      ddscp('--help').out,
      ddscp('check', 'catalog.json', '--today', '2025-04-01').out,
      ddscp('listing', 'catalog.json', '--today', '2025-03-31').out,
      ddscp('takedowns', 'catalog.json', '--today', '2025-03-15').out,
      ddscp('deadlines', 'catalog.json', '--today', '2025-03-31').out,
      ...['check', 'takedowns', 'calendar', 'listing', 'deadlines', 'workdays'].map(
        (command) => ddscp(command, '--help').out,
      ),
    ];
    for (const output of outputs) {
      expect(Math.max(...output.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
    }
  });

  it('never writes the catalogue file', () => {
    const file = join(dir, 'catalog.json');
    const before = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs };
    for (const args of [
      ['check', '--json'],
      ['listing', '--format', 'html'],
      ['takedowns', '--json'],
      ['calendar'],
      ['deadlines'],
    ]) {
      const [command, ...options] = args;
      ddscp(command ?? '', 'catalog.json', ...options);
    }
    expect(readFileSync(file)).toEqual(before.bytes);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  });

  it('ends quietly when the reader of its output stops early (| head)', async () => {
    const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8'));
    const [theo] = catalog.reviews;
    catalog.reviews = Array.from({ length: 3000 }, (_, i) => ({
      ...theo,
      id: `r-${i}`,
      reference: `R${i}`,
    }));
    writeFileSync(join(dir, 'big.json'), JSON.stringify(catalog));
    const child = spawn(process.execPath, [cli, 'listing', 'big.json', '--today', '2025-03-31'], {
      cwd: dir,
    });
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(status).toBe(0);
  });
});

it.runIf(!built && once)('needs the package built first (npm run build)', () => {
  expect.fail('dist/cli.js is missing: run `npm run build` in packages/domain first.');
});
