#!/usr/bin/env node
// The `ddscp-consent` command: Node only, built on its own into dist/cli.js and kept out of
// the package's entries, which must stay free of Node built-ins for browsers.
import { readFileSync } from 'node:fs';
import { runConsentCli } from './run-consent-cli';

// A reader that stops early (`ddscp-consent records export … | head`) closes the pipe: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runConsentCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  // package.json sits one level above dist/cli.js in the installed package.
  get version() {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return String(manifest.version);
  },
});
