// What the figures were measured on: the machine, the runtimes and the exact versions of
// everything measured, so that anyone can tell whether their run is comparable.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { findChromium } from '../../scripts/lib/chromium.mjs';

const require = createRequire(import.meta.url);

/** The packages measured, by name, as installed for the bench workspace. */
export const measuredPackages = [
  '@ddscp/consent',
  '@ddscp/domain',
  'vanilla-cookieconsent',
  'klaro',
  'c15t',
  'cookieconsent',
  'date-fns',
  'date-holidays',
  '@openredaction/openredaction',
  'zod',
  'tldts',
  'esbuild',
  'playwright-core',
];

/** The installed version of a package (read from its package.json, not from a range). */
export function installedVersion(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    // Packages without "./package.json" in their exports map: find the file on disk.
    const entry = require.resolve(name);
    const root = entry.slice(0, entry.lastIndexOf(`/node_modules/${name}/`));
    return JSON.parse(readFileSync(`${root}/node_modules/${name}/package.json`, 'utf8')).version;
  }
}

/** CPU, cores, memory, OS, Node, Chromium and the load when the run started. */
export function describeMachine() {
  const cpu = cpus();
  let chromium = 'not found';
  try {
    chromium = execFileSync(findChromium(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')[0]
      .trim();
  } catch (error) {
    chromium = `not found (${error.message.split('\n')[0]})`;
  }
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: totalmem() / 2 ** 30,
    os: osName(),
    kernel: release(),
    node: process.version,
    chromium,
    loadAverage: loadavg(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    date: new Date().toISOString(),
  };
}

function osName() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}
