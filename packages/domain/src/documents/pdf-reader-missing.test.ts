// Without pdfjs-dist (an optional dependency, which `npm install --omit=optional` leaves
// out), PDFs are refused with `extractor-missing` and the rest still works. Run in a Node
// process whose module resolution cannot find pdfjs-dist, on the built entry.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../dist/documents.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ddscp-no-pdfjs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(existsSync(entry))('scanDocument without pdfjs-dist installed', () => {
  it('refuses a PDF with extractor-missing, saying how to install it, and still reads text', () => {
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
  if (specifier.startsWith('pdfjs-dist')) {
    throw Object.assign(new Error('Cannot find package pdfjs-dist'), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}`,
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});`,
    );
    const script = `
const { scanDocument } = await import(${JSON.stringify(pathToFileURL(entry).href)});
const text = await scanDocument(new TextEncoder().encode('Near DE22 1GT'), { type: 'txt' });
const pdf = await scanDocument(new TextEncoder().encode('%PDF-1.7'), { type: 'pdf' }).catch((error) => error);
console.log(JSON.stringify({ text: text.findings.length, code: pdf.code, message: pdf.message }));`;
    const result = spawnSync(
      process.execPath,
      ['--import', register, '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      text: 1,
      code: 'extractor-missing',
      message:
        'reading PDFs needs the package pdfjs-dist, which is not installed: run npm install pdfjs-dist (it is an optional dependency of @ddscp/domain).',
    });
  });
});
