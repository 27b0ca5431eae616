#!/usr/bin/env node
// npm run write:catalog: writes catalog/ddscp.json, the sample catalogue that ships with the
// package, from its source of truth, src/ddscp/ddscp-catalog.ts, formatted as the repository
// formats JSON (Biome). src/ddscp/ddscp-catalog.test.ts fails when the two differ.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-source.mjs';

const { ddscpCatalog } = await loadSource('src/ddscp/ddscp-catalog.ts');
const file = fileURLToPath(new URL('../catalog/ddscp.json', import.meta.url));
// One line in, so that Biome lays it out by its own rules (short objects on one line).
writeFileSync(file, JSON.stringify(ddscpCatalog));
execFileSync('npx', ['--no-install', 'biome', 'format', '--write', file], { stdio: 'inherit' });
console.log(`Wrote ${file}`);
