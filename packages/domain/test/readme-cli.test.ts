// Runs the README's `ddscp` session (its ```console blocks) with the built command, in a
// temporary folder holding the shipped sample catalogue, and checks that every command
// prints exactly what the README shows. `$ npm install …` and
// `$ cp node_modules/@ddscp/domain/catalog/ddscp.json catalog.json` are the setup this
// test does itself; `; echo "exit status $?"` after a command adds its exit status.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cli = join(packageDir, 'dist', 'cli.js');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
const SETUP = [
  '$ npm install @ddscp/domain',
  '$ cp node_modules/@ddscp/domain/catalog/ddscp.json catalog.json',
];
const STATUS = '; echo "exit status $?"';

/** Each `$ npx ddscp …` command of the session with the output shown after it. */
const commands = blocks.flatMap((block) => {
  const found: { line: string; output: string[] }[] = [];
  for (const line of block.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('$ ')) found.push({ line, output: [] });
    else found.at(-1)?.output.push(line);
  }
  return found.filter(({ line }) => !SETUP.includes(line));
});

const dir = mkdtempSync(join(tmpdir(), 'ddscp-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(existsSync(cli) && process.env.TZ === 'UTC')('the README session of ddscp', () => {
  beforeAll(() =>
    copyFileSync(join(packageDir, 'catalog', 'ddscp.json'), join(dir, 'catalog.json')),
  );

  it('has a session that starts from the shipped catalogue', () => {
    expect(blocks.join('')).toContain(SETUP[1]);
    expect(commands.length).toBeGreaterThan(5);
  });

  for (const { line, output } of commands) {
    it(`prints what the README shows for ${line}`, () => {
      expect(line).toMatch(/^\$ npx ddscp /);
      const withStatus = line.endsWith(STATUS);
      const args = line
        .slice('$ npx ddscp '.length, withStatus ? -STATUS.length : undefined)
        .split(' ');
      const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
      const printed = `${result.stdout}${result.stderr}${withStatus ? `exit status ${result.status}\n` : ''}`;
      expect(printed).toBe(output.map((text) => `${text}\n`).join(''));
    });
  }
});
