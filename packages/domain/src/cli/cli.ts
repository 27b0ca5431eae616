#!/usr/bin/env node
// The `ddscp` command: Node only, and kept out of the package's main entry, which must stay
// free of Node built-ins for browsers.
import { readFileSync, statSync } from 'node:fs';
import { ukToday } from '../calendar/uk-today';
import { runCli } from './run-cli';

/** Larger files are refused rather than read: a catalogue of 100,000 reviews is far smaller. */
const MAX_BYTES = 256 * 1024 * 1024;

// A reader that stops early (`ddscp listing … | head`) closes the pipe: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText: (path) => {
    if (statSync(path).size > MAX_BYTES) {
      throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    }
    return readFileSync(path, 'utf8');
  },
  today: () => ukToday(),
  // package.json sits one level above dist/cli.js in the installed package, and holds the
  // version `changeset version` set just before the build.
  get version() {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return String(manifest.version);
  },
});
