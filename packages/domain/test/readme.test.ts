// Runs every ```ts block of the README against the source, so the examples cannot drift
// from the code. In a block, `expression; // → value` (or `// → value` on the next line)
// asserts that the expression deep-equals the value, and `expression; // throws Name` or
// `// throws Name: message` (a trailing … means "starts with") asserts the error.
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as documents from '../src/documents/index';
import * as domain from '../src/index';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/**
 * Each ```ts block with the heading of the section it is in. A ```ts browser block is code
 * for a page: type-checked with the DOM's types, not run.
 */
const allBlocks = [...readme.matchAll(/```ts( browser)?\n([\s\S]*?)```/g)].map((match) => ({
  code: match[2] ?? '',
  browser: match[1] !== undefined,
  section: [...readme.slice(0, match.index).matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? 'intro',
}));
const blocks = allBlocks.filter((block) => !block.browser);

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/** Turns the README's `// →` and `// throws` comments into assertions. */
function withAssertions(source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const arrow = /^(\s*)(.+?);\s*\/\/ → (.+)$/.exec(line);
    const throws = /^(\s*)(.+?);\s*\/\/ throws (\w+)(?:: (.+))?$/.exec(line);
    const next = /^\s*\/\/ → (.+)$/.exec(line);
    if (arrow) out.push(`${arrow[1]}__equal(() => (${arrow[2]}), ${arrow[3]});`);
    else if (throws) {
      out.push(
        `${throws[1]}__throws(() => (${throws[2]}), ${JSON.stringify(throws[3])}, ${JSON.stringify(throws[4] ?? '')});`,
      );
    } else if (next) {
      const statement = joinPreviousStatement(out);
      out.push(`__equal(() => (${statement}), ${next[1]});`);
    } else out.push(line);
  }
  return out.join('\n');
}

/**
 * Removes the statement just before a `// →` line and returns it: back to the line that
 * starts a statement (not indented, and not closing a bracket or continuing a chain).
 */
function joinPreviousStatement(out: string[]): string {
  const taken: string[] = [];
  while (out.length > 0) {
    const line = out.pop() ?? '';
    taken.unshift(line);
    if (/^[^\s.)\]}]/.test(line)) break;
  }
  return taken.join('\n').trim().replace(/;$/, '');
}

function equal(actual: () => unknown, expected: unknown) {
  assert.deepStrictEqual(actual(), expected);
}

function throwsError(run: () => unknown, name: string, message: string) {
  assert.throws(run, (error: Error) => {
    assert.equal(error.name, name);
    if (message.endsWith('…'))
      assert.ok(error.message.startsWith(message.slice(0, -1)), error.message);
    else if (message) assert.equal(error.message, message);
    return true;
  });
}

async function run(source: string) {
  const { code } = transformSync(withAssertions(source), { loader: 'ts', format: 'esm' });
  const body = code.replace(
    /import\s*\{([^}]*)\}\s*from\s*["']@ddscp\/domain(\/documents)?["'];?/g,
    (_, names: string, entry?: string) =>
      `const {${names.replace(/\bas\b/g, ':')}} = ${entry ? '__documents' : '__domain'};`,
  );
  expect(body).not.toMatch(/\bimport\b/);
  await new AsyncFunction('__domain', '__documents', '__equal', '__throws', body)(
    domain,
    documents,
    equal,
    throwsError,
  );
}

describe('the README', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  for (const { code, section } of blocks) {
    it(`runs the "${section}" example, with every → and throws holding`, async () => {
      expect(code).toMatch(/\/\/ (→|throws)/);
      await run(code);
    });
  }

  it.runIf(process.env.TZ === 'UTC' && existsSync(join(packageDir, 'dist', 'index.d.ts')))(
    "type-checks every example as a user's editor does: strict, ES module, nodenext, against the built types",
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'ddscp-readme-types-'));
      try {
        mkdirSync(join(dir, 'node_modules', '@ddscp'), { recursive: true });
        symlinkSync(packageDir, join(dir, 'node_modules', '@ddscp', 'domain'), 'dir');
        writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
        const files = allBlocks.map((block, index) => {
          const name = join(dir, `example-${index}.ts`);
          // Each block is a module of its own (they repeat names such as `theo`).
          writeFileSync(name, `${block.code}\nexport {};\n`);
          return name;
        });
        const program = ts.createProgram(files, {
          strict: true,
          noEmit: true,
          module: ts.ModuleKind.NodeNext,
          moduleResolution: ts.ModuleResolutionKind.NodeNext,
          target: ts.ScriptTarget.ES2022,
          lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
          types: [],
          skipLibCheck: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
        });
        const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
          const where = diagnostic.file
            ? `${allBlocks[files.indexOf(diagnostic.file.fileName)]?.section ?? diagnostic.file.fileName}, line ${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
            : '';
          return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
        });
        expect(problems).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('shows every exported function in an example', () => {
    const code = allBlocks.map((block) => block.code).join('\n');
    const functions = Object.entries(domain)
      .filter(([, value]) => typeof value === 'function' && !/^class\b/.test(String(value)))
      .map(([name]) => name)
      .filter(
        (name) => !['daysInMonth', 'isLeapYear', 'isIsoDate', 'isPartialDate'].includes(name),
      );
    const missing = functions.filter((name) => !new RegExp(`\\b${name}\\(`).test(code));
    expect(missing).toEqual([]);
  });

  it('lists every export somewhere', () => {
    const missing = Object.keys(domain).filter((name) => !readme.includes(name));
    expect(missing).toEqual([]);
  });
});
