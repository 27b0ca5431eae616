#!/usr/bin/env node
// Part of the build: writes catalog.schema.json, the catalogue's JSON Schema for editors'
// tools, from the zod schemas in src/ (src/catalog/catalog-json-schema.ts). The file is
// checked in, and src/catalog/catalog-json-schema.test.ts fails when it is out of date.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-source.mjs';

const { catalogJsonSchema } = await loadSource('src/catalog/catalog-json-schema.ts');
const file = fileURLToPath(new URL('../catalog.schema.json', import.meta.url));
// One line in, so that Biome lays it out by its own rules, as it does every JSON file here.
writeFileSync(file, JSON.stringify(catalogJsonSchema()));
execFileSync('npx', ['--no-install', 'biome', 'format', '--write', file], { stdio: 'ignore' });
