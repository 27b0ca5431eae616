// @ddscp/domain/documents and `ddscp scan` from the installed package: the report an editor
// is about to publish, as a PDF (read by pdf.js, the package's optional dependency, which a
// plain `npm install` brings) and as text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanDocument } from '@ddscp/domain/documents';
import { onePagePdf } from '../fixtures/one-page-pdf.cjs';

const pdf = onePagePdf('The family moved to DE22 1GT in 2021.');
const scan = await scanDocument(pdf, { type: 'pdf' });
assert.equal(scan.pages, 1);
assert.deepEqual(
  scan.findings.map((finding) => [finding.kind, finding.match, finding.page]),
  [['postcode', 'DE22 1GT', 1]],
);

const dir = mkdtempSync(join(tmpdir(), 'ddscp-scan-'));
try {
  const report = join(dir, 'report.pdf');
  const clean = join(dir, 'clean.txt');
  writeFileSync(report, pdf);
  writeFileSync(clean, 'The review found that agencies did not share what they knew.\n');
  const before = statSync(report).mtimeMs;
  const ddscpBin = join(process.cwd(), 'node_modules', '.bin', 'ddscp');
  const scanWith = (...args) =>
    spawnSync(process.execPath, [ddscpBin, 'scan', ...args], { encoding: 'utf8' });

  assert.equal(scanWith(clean).status, 0);
  const found = scanWith(report, '--json');
  assert.equal(found.status, 1, found.stderr);
  assert.equal(JSON.parse(found.stdout).files[0].findings[0].kind, 'postcode');
  assert.equal(scanWith(join(dir, 'missing.pdf')).status, 2);
  // Scanning never writes the report.
  assert.equal(statSync(report).mtimeMs, before);
  assert.deepEqual(new Uint8Array(readFileSync(report)), pdf);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
