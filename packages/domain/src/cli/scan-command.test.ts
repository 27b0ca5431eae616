import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli-io';
import {
  encryptedPdf,
  FAMILY,
  imageOnlyPagePdf,
  wordDocument,
} from '../../test/support/document-fixtures';
import type { IsoDate } from '../calendar/iso-date';
import type { CliIo } from './cli-io';
import { readBoundedFile } from './read-bounded-file';
import { runCli } from './run-cli';

const names = `${FAMILY.knownNames.join('\n')}\n`;
const clean = new TextEncoder().encode(
  'A summary of the review, with nothing that identifies anyone.\n',
);

describe('ddscp scan', () => {
  it('exits 0 for a clean file and says so', async () => {
    const result = await run(['scan', 'summary.txt'], { 'summary.txt': clean });
    expect(result).toEqual({
      status: 0,
      out: 'summary.txt: no identifying details found.\n',
      err: '',
    });
  });

  it('exits 1 with each finding on a line: file, place, kind, match, excerpt', async () => {
    const { bytes } = await wordDocument();
    const result = await run(['scan', 'report.docx', '--known-names', 'names.txt'], {
      'report.docx': bytes,
      'names.txt': names,
    });
    expect(result.status).toBe(1);
    expect(result.err).toBe('');
    const lines = result.out.trimEnd().split('\n');
    expect(lines[0]).toBe('report.docx (6 paragraphs): 12 possible identifying details.');
    expect(lines).toContain(
      'report.docx: paragraph 4, tracked insertion, line 1: known-name "Kenny Doe": Her brother Kenny Doe went to the same school.',
    );
    expect(lines).toContain(
      `report.docx: header, paragraph 1, line 1: postcode "${FAMILY.headerPostcode}": Draft report, office at ${FAMILY.headerPostcode}`,
    );
    expect(lines).toContain(
      'report.docx: property lastModifiedBy: known-name "Kenny Doe": Kenny Doe',
    );
  });

  it('exits 1 for a page with no text, never passing it silently', async () => {
    const { bytes } = await imageOnlyPagePdf();
    const result = await run(['scan', 'scan.pdf'], { 'scan.pdf': bytes });
    expect(result).toEqual({
      status: 1,
      out: 'scan.pdf (2 pages): no identifying details found, 1 page to check by eye.\nscan.pdf: page 2 has no text: check it by eye\n',
      err: '',
    });
  });

  it('exits 2 when a file cannot be scanned, in one line, and still scans the others', async () => {
    const { bytes } = await encryptedPdf();
    const result = await run(['scan', 'locked.pdf', 'summary.txt', 'photo.png', 'missing.pdf'], {
      'locked.pdf': bytes,
      'summary.txt': clean,
      'photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    expect(result.status).toBe(2);
    expect(result.err.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^ddscp: cannot scan locked\.pdf: it is password-protected: /),
      'ddscp: cannot scan photo.png: scan reads .pdf, .docx and .txt files, not .png (save or export it as PDF or .docx).',
      'ddscp: cannot read missing.pdf: there is no such file.',
    ]);
    expect(result.out).toContain('summary.txt: no identifying details found.\n');
  });

  it('checks the bytes against the extension, in any case of letters', async () => {
    const { bytes } = await wordDocument();
    const result = await run(['scan', 'REPORT.PDF'], { 'REPORT.PDF': bytes });
    expect(result.status).toBe(2);
    expect(result.err).toMatch(
      /^ddscp: cannot scan REPORT\.PDF: it is a Word document \(\.docx\), not a PDF: give it the right extension \(\.docx\)\.\n$/,
    );
  });

  it('gives JSON of a stable form with --json: files, each with findings, warnings or an error', async () => {
    const { bytes } = await imageOnlyPagePdf();
    const result = await run(
      ['scan', 'scan.pdf', 'notes.txt', 'bad.docx', '--json', '--known-names', 'names.txt'],
      {
        'scan.pdf': bytes,
        'notes.txt': 'Seen with Jane Doe at DE22 1GT.',
        'bad.docx': 'not a zip',
        'names.txt': names,
      },
    );
    expect(result.status).toBe(2);
    expect(JSON.parse(result.out)).toEqual({
      files: [
        {
          file: 'scan.pdf',
          type: 'pdf',
          pages: 2,
          findings: [],
          warnings: [
            { kind: 'page-without-text', page: 2, message: 'page 2 has no text: check it by eye' },
          ],
        },
        {
          file: 'notes.txt',
          type: 'txt',
          findings: [
            {
              kind: 'known-name',
              match: 'Jane Doe',
              part: 'body',
              line: 1,
              column: 11,
              excerpt: 'Seen with Jane Doe at DE22 1GT.',
            },
            {
              kind: 'postcode',
              match: 'DE22 1GT',
              part: 'body',
              line: 1,
              column: 23,
              excerpt: 'Seen with Jane Doe at DE22 1GT.',
            },
          ],
          warnings: [],
        },
        {
          file: 'bad.docx',
          type: null,
          findings: [],
          warnings: [],
          error: {
            code: 'wrong-type',
            message: expect.stringMatching(
              /^cannot scan bad\.docx: it is a text file, not a Word document/,
            ),
          },
        },
      ],
    });
    // The key order is part of the form.
    expect(Object.keys(JSON.parse(result.out).files[1].findings[0])).toEqual([
      'kind',
      'match',
      'part',
      'line',
      'column',
      'excerpt',
    ]);
  });

  it('refuses to run without a file, or with a --known-names file that is not there', async () => {
    expect(await run(['scan'])).toEqual({
      status: 2,
      out: '',
      err: 'ddscp: scan: expected one or more files, e.g. ddscp scan report.pdf.\n',
    });
    const missing = await run(['scan', 'a.txt', '--known-names', 'names.txt'], { 'a.txt': clean });
    expect(missing).toMatchObject({
      status: 2,
      err: 'ddscp: cannot read names.txt: there is no such file.\n',
    });
  });
});

describe('ddscp scan on real files', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ddscp-scan-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const realIo = (): CliIo & { output: () => { out: string; err: string } } => {
    let out = '';
    let err = '';
    return {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
      readFile: (path, { maxBytes = 512 * 1024 * 1024 } = {}) =>
        readBoundedFile(path, { maxBytes, stdinTimeoutMs: 1000 }),
      today: () => '2025-03-31' as IsoDate,
      version: '0.0.0',
      output: () => ({ out, err }),
    };
  };

  it('never writes the file it scans: its bytes and modification time are unchanged', async () => {
    const { bytes } = await wordDocument();
    const path = join(folder, 'report.docx');
    writeFileSync(path, bytes);
    const before = statSync(path);
    const io = realIo();
    expect(await runCli(['scan', path], io)).toBe(1);
    const after = statSync(path);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.size).toBe(before.size);
    expect(Buffer.from(readFileSync(path)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a folder and a named pipe in one line each, without waiting on the pipe', async () => {
    const fifo = join(folder, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    const io = realIo();
    expect(await runCli(['scan', folder, fifo], io)).toBe(2);
    expect(io.output().err).toBe(
      `ddscp: cannot read ${folder}: it is a folder, not a file.\nddscp: cannot read ${fifo}: it is a named pipe (FIFO), not a file (to pass what a program writes, use - and a pipe: … | ddscp check -).\n`,
    );
  });
});
