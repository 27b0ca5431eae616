import { open, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConsentConfig } from '../config/consent-config';
import { ConsentConfigError } from '../config/consent-config-error';
import { AuditError } from './audit-error';
import { configFromData } from './config-from-data';

/** The most of a JSON configuration file that is read. */
const MAX_JSON_BYTES = 1024 * 1024;

/** The exports a configuration module may use, in the order they are looked for. */
const EXPORT_NAMES = ['default', 'consentConfig', 'config'];

/**
 * Reads the site's consent configuration from a file, as `ddscp-consent audit --config` does:
 * JSON (the input of `defineConsentConfig`, patterns written `{ "pattern": "^_ga_" }`, the
 * drop-in's `ui` and Consent Mode settings ignored), or a module (`.js`, `.mjs`, `.cjs`, and
 * `.ts`/`.mts`/`.cts` where Node can load TypeScript) whose default export, `consentConfig` or
 * `config` is the result of `defineConsentConfig` or its input. Problems throw an
 * {@link AuditError} that names the file and what to change.
 *
 * @example
 * const config = await loadAuditConfig('consent.config.json');
 */
export async function loadAuditConfig(file: string): Promise<ConsentConfig> {
  const path = resolve(file);
  const fail = (message: string, cause?: unknown): never => {
    throw new AuditError('invalid-configuration', `--config ${file}: ${message}`, { cause });
  };
  const info = await stat(path).catch((error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'ENOENT'
        ? 'no such file.'
        : `cannot read it (${error.code ?? error.message}).`,
      error,
    ),
  );
  if (!info.isFile()) fail('it is not a file.');
  const extension = extname(path).toLowerCase();
  let data: unknown;
  if (extension === '.json') {
    const text = await readText(path, fail);
    try {
      data = JSON.parse(text);
    } catch (error) {
      fail(`it is not valid JSON: ${(error as Error).message}.`, error);
    }
  } else if (/^\.[cm]?[jt]s$/.test(extension)) {
    data = pick(await importModule(path, extension, fail), fail);
  } else {
    fail('expected a .json file or a module (.js, .mjs, .cjs, .ts, .mts, .cts).');
  }
  try {
    return configFromData(data);
  } catch (error) {
    if (error instanceof ConsentConfigError) fail(error.message, error);
    throw error;
  }
}

async function readText(
  path: string,
  fail: (message: string, cause?: unknown) => never,
): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(MAX_JSON_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_JSON_BYTES) fail(`it is larger than ${MAX_JSON_BYTES / 1024} KB.`);
    return new TextDecoder().decode(buffer.subarray(0, bytesRead)).replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

async function importModule(
  path: string,
  extension: string,
  fail: (message: string, cause?: unknown) => never,
): Promise<Record<string, unknown>> {
  try {
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (
      /^\.[cm]?ts$/.test(extension) &&
      (code === 'ERR_UNKNOWN_FILE_EXTENSION' || error instanceof SyntaxError)
    )
      fail(
        `Node ${process.versions.node} cannot load TypeScript itself: use Node 22.18 or later, run with NODE_OPTIONS=--import=tsx (with tsx installed), or pass the configuration as JSON.`,
        error,
      );
    fail(`loading it failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`, error);
  }
}

/** The configuration among a module's exports. */
function pick(exports: Record<string, unknown>, fail: (message: string) => never): unknown {
  for (const name of EXPORT_NAMES) {
    const value = exports[name];
    // A CommonJS module's exports object arrives as `default`: look inside it too.
    if (name === 'default' && value && typeof value === 'object' && !('policyVersion' in value)) {
      const inner = pick(value as Record<string, unknown>, () => undefined as never);
      if (inner !== undefined) return inner;
      continue;
    }
    if (value !== undefined) return value;
  }
  const candidates = Object.entries(exports).filter(
    ([, value]) => value !== null && typeof value === 'object' && 'policyVersion' in value,
  );
  if (candidates.length === 1) return candidates[0]?.[1];
  return fail(
    `expected the configuration as its default export, or exported as consentConfig or config; it exports ${
      Object.keys(exports).join(', ') || 'nothing'
    }.`,
  );
}
