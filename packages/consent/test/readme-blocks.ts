// The README's code blocks, for the tests that keep it honest (readme.test.ts in a page,
// readme-server.test.ts in Node): each ```ts block is written out under its title into a
// folder of the package, where `@ddscp/consent` resolves as it does for a user.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not `new URL`: under happy-dom URL is happy-dom's, which Node's helpers refuse.
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The README as published. */
export const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

/** The README's TypeScript blocks, each under its `title` (or a numbered name). */
export const blocks = [...readme.matchAll(/```ts(?: title="([^"]+)")?\n([\s\S]*?)```/g)].map(
  (match, index) => ({
    file: match[1] ?? `block-${index}.ts`,
    code: match[2] as string,
  }),
);

const htmlBlocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
/** The README's first HTML example of gated scripts, as a page would carry it. */
export const html = htmlBlocks.find((block) => block.includes('data-consent=')) ?? '';
/** The README's snippet for a page template: the drop-in and its JSON configuration. */
export const dropInHtml = htmlBlocks.find((block) => block.includes('ddscp-consent-config')) ?? '';

/**
 * Writes every block into `folder` (one per test file, as test files run in parallel) and
 * returns its path and the function that removes it again.
 */
export function writeBlocks(folder: string): { dir: string; remove: () => void } {
  const dir = join(packageDir, folder);
  mkdirSync(dir, { recursive: true });
  for (const { file, code } of blocks) writeFileSync(join(dir, file), code);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
