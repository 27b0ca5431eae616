import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditError } from './audit-error';
import { loadAuditConfig } from './load-audit-config';

const dir = mkdtempSync(join(tmpdir(), 'ddscp-audit-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const INPUT =
  '{ "policyVersion": 4, "categories": { "analytical": { "storage": [{ "pattern": "^_hj" }] } } }';
const failure = (path: string) =>
  loadAuditConfig(path).then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as AuditError,
  );

describe('loadAuditConfig', () => {
  it('reads JSON, patterns and a byte-order mark included', async () => {
    const config = await loadAuditConfig(file('consent.json', `\uFEFF${INPUT}`));
    expect(config.policyVersion).toBe(4);
    expect(config.categories.analytical.storage).toEqual([/^_hj/]);
  });

  it('reads a module’s default export, consentConfig or config, and a CommonJS module.exports', async () => {
    expect((await loadAuditConfig(file('a.mjs', `export default ${INPUT};`))).policyVersion).toBe(
      4,
    );
    expect(
      (
        await loadAuditConfig(
          file('b.mjs', `export const consentConfig = ${INPUT}; export const ui = {};`),
        )
      ).policyVersion,
    ).toBe(4);
    expect(
      (await loadAuditConfig(file('c.cjs', `module.exports = { config: ${INPUT} };`)))
        .policyVersion,
    ).toBe(4);
    expect((await loadAuditConfig(file('d.cjs', `module.exports = ${INPUT};`))).policyVersion).toBe(
      4,
    );
    expect(
      (await loadAuditConfig(file('e.mjs', `export const siteConsent = ${INPUT};`))).policyVersion,
    ).toBe(4);
  });

  it('says what a module should export when it exports no configuration', async () => {
    const error = await failure(file('f.mjs', 'export const ui = {};'));
    expect(error).toBeInstanceOf(AuditError);
    expect(error.message).toMatch(
      /^--config .*f\.mjs: expected the configuration as its default export, or exported as consentConfig or config; it exports ui\.$/,
    );
  });

  it('names the file and the problem: missing, a folder, not JSON, a wrong setting, an unknown kind', async () => {
    expect((await failure(join(dir, 'nope.json'))).message).toMatch(/nope\.json: no such file\.$/);
    mkdirSync(join(dir, 'folder.json'));
    expect((await failure(join(dir, 'folder.json'))).message).toMatch(
      /folder\.json: it is not a file\.$/,
    );
    expect((await failure(file('bad.json', '{ policyVersion: 1 }'))).message).toContain(
      'bad.json: it is not valid JSON',
    );
    expect((await failure(file('zero.json', '{ "policyVersion": 0 }'))).message).toContain(
      'zero.json: Invalid consent configuration: policyVersion must be a whole number from 1; found 0.',
    );
    expect((await failure(file('consent.yaml', 'policyVersion: 1'))).message).toContain(
      'expected a .json file or a module',
    );
    expect((await failure(file('throws.mjs', 'throw new Error("boom");'))).message).toContain(
      'loading it failed: boom',
    );
  });

  it('refuses JSON over 1 MB without reading it all', async () => {
    const error = await failure(
      file('huge.json', `{"policyVersion":1,"x":"${'a'.repeat(1024 * 1024)}"}`),
    );
    expect(error.message).toContain('larger than 1024 KB');
  });
});
