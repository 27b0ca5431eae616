import { DocumentError } from '../documents/document-error';
import type { DocumentFinding, DocumentScan, DocumentWarning } from '../documents/document-finding';
import { DOCUMENT_EXTENSIONS, type DocumentType } from '../documents/document-type';
import { DOCUMENT_LIMITS, scanDocument } from '../documents/scan-document';
import { plural } from '../internal/plural';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-io';
import { jsonOption, knownNamesOption, readKnownNames } from './common-options';
import { fileLabel, readBytes } from './read-catalog';

/** What `ddscp scan --json` says of one file: the form the README documents. */
interface ScannedFile {
  readonly file: string;
  readonly type: DocumentType | null;
  readonly pages?: number;
  readonly paragraphs?: number;
  readonly findings: readonly DocumentFinding[];
  readonly warnings: readonly DocumentWarning[];
  readonly error?: { readonly code: string; readonly message: string };
}

/**
 * `ddscp scan FILE...`: each PDF, Word document or text file scanned with `scanDocument`,
 * its findings and warnings listed with their places, for an editor or (`--json`) a
 * program. Every file is scanned even when one cannot be. Exit status 2 when a file could
 * not be scanned, else 1 when something was found or a page must be checked by eye, else 0.
 */
export const scanCommand: CliCommand = {
  name: 'scan',
  usage: ['<FILE>... [--known-names FILE] [--json]'],
  summary:
    'Check a report (PDF, Word or text) before it is published: details that could identify a child or family, in its text and where names hide.',
  description: [
    'Reads each file (.pdf, .docx or .txt, checked against what its bytes are) and lists the details that could identify a child or family: NHS and National Insurance numbers, pupil numbers, telephone numbers, postcodes, email addresses, dates of birth, street addresses and the names given with --known-names.',
    'It looks in the text and where names hide: headers and footers, comments and their authors, tracked insertions and deletions, footnotes, PDF annotations and bookmarks, and the document properties (author, title, subject, keywords, last modified by).',
    'Each finding has its place: the page (PDF) or paragraph (Word), and the line. A PDF page with no text (a scanned image) cannot be checked: it is listed as "page N has no text: check it by eye", and counts as a finding.',
    `Files are only read, never changed, and nothing leaves this computer. Limits: ${DOCUMENT_LIMITS.maxBytes / 1024 / 1024} MB a file, ${DOCUMENT_LIMITS.maxPages} pages a PDF.`,
  ],
  options: {
    'known-names': knownNamesOption,
    json: jsonOption,
  },
  exitStatus:
    '0 nothing found, 1 details found or a page to check by eye, 2 a file could not be scanned',
  examples: [
    'scan report.pdf',
    'scan report.pdf summary.docx --known-names names.txt',
    'scan report.pdf --json',
  ],
  async run(context) {
    const { io } = context;
    if (context.args.length === 0) {
      throw new CliError('scan: expected one or more files, e.g. ddscp scan report.pdf.');
    }
    const knownNames = await readKnownNames(context);
    const results: ScannedFile[] = [];
    for (const path of context.args) {
      const result = await scanFile(path, knownNames, context);
      results.push(result);
      if (result.error) io.err(`ddscp: ${result.error.message}\n`);
      if (!context.options.json) io.out(report(result));
    }
    if (context.options.json) io.out(`${JSON.stringify({ files: results }, null, 2)}\n`);
    if (results.some((result) => result.error)) return 2;
    return results.some((result) => result.findings.length + result.warnings.length > 0) ? 1 : 0;
  },
};

async function scanFile(
  path: string,
  knownNames: readonly string[],
  context: Parameters<CliCommand['run']>[0],
): Promise<ScannedFile> {
  const label = fileLabel(path);
  const failed = (code: string, message: string): ScannedFile => ({
    file: path,
    type: null,
    findings: [],
    warnings: [],
    error: { code, message },
  });
  const extension = /\.[^./\\]+$/.exec(path)?.[0].toLowerCase();
  const type = extension === undefined ? undefined : DOCUMENT_EXTENSIONS[extension];
  if (extension !== undefined && type === undefined) {
    return failed(
      'wrong-type',
      `cannot scan ${label}: scan reads .pdf, .docx and .txt files, not ${extension} (save or export it as PDF or .docx).`,
    );
  }
  let bytes: Uint8Array;
  try {
    // One byte past the limit is enough to know the file is over it.
    bytes = await readBytes(path, context.io, { maxBytes: DOCUMENT_LIMITS.maxBytes });
  } catch (error) {
    if (error instanceof CliError) return failed('unreadable', error.message);
    throw error;
  }
  let scan: DocumentScan;
  try {
    scan = await scanDocument(bytes, { ...(type && { type }), knownNames });
  } catch (error) {
    if (error instanceof DocumentError) {
      return failed(error.code, `cannot scan ${label}: ${error.message}`);
    }
    const text = (error as Error)?.message?.split('\n')[0] ?? String(error);
    return failed(
      'internal',
      `cannot scan ${label}: internal error: ${text} (please report it at https://github.com/ddscp/ddscp/issues)`,
    );
  }
  return {
    file: path,
    type: scan.type,
    ...(scan.pages !== undefined && { pages: scan.pages }),
    ...(scan.paragraphs !== undefined && { paragraphs: scan.paragraphs }),
    findings: scan.findings.map(findingForJson),
    warnings: scan.warnings,
  };
}

/** A finding with its fields in one order, whatever order the scan built them in. */
function findingForJson(finding: DocumentFinding): DocumentFinding {
  const { kind, match, part, page, paragraph, line, column, property, revision, excerpt } = finding;
  return {
    kind,
    match,
    part,
    ...(page !== undefined && { page }),
    ...(paragraph !== undefined && { paragraph }),
    line,
    column,
    ...(property !== undefined && { property }),
    ...(revision !== undefined && { revision }),
    excerpt,
  };
}

/** What an editor reads for one file: a summary, then each finding and warning on a line. */
function report(result: ScannedFile): string {
  const label = fileLabel(result.file);
  if (result.error) return `${label}: not scanned (see the error above).\n`;
  const size =
    result.pages !== undefined
      ? ` (${plural(result.pages, 'page')})`
      : result.paragraphs !== undefined
        ? ` (${plural(result.paragraphs, 'paragraph')})`
        : '';
  const count = result.findings.length;
  const warnings = result.warnings.length;
  const found =
    count === 0 ? 'no identifying details found' : plural(count, 'possible identifying detail');
  const summary = `${found}${warnings ? `, ${plural(warnings, 'page')} to check by eye` : ''}.`;
  const lines = [`${label}${size}: ${summary}`];
  for (const warning of result.warnings) lines.push(`${label}: ${warning.message}`);
  for (const finding of result.findings) {
    lines.push(
      `${label}: ${placeOf(finding)}: ${finding.kind} ${JSON.stringify(finding.match)}: ${finding.excerpt}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const PARTS: Readonly<Record<DocumentFinding['part'], string>> = {
  body: '',
  header: 'header',
  footer: 'footer',
  footnote: 'footnote',
  endnote: 'endnote',
  comment: 'comment',
  annotation: 'annotation',
  bookmark: 'bookmark',
  property: 'property',
};

/** "page 3, line 12", "header, paragraph 1, line 1", "property author". */
function placeOf(finding: DocumentFinding): string {
  if (finding.part === 'property') {
    return `${finding.page !== undefined ? `page ${finding.page}, ` : ''}property ${finding.property ?? ''}`;
  }
  const places = [PARTS[finding.part]];
  if (finding.page !== undefined) places.push(`page ${finding.page}`);
  if (finding.paragraph !== undefined) places.push(`paragraph ${finding.paragraph}`);
  if (finding.revision)
    places.push(`tracked ${finding.revision === 'inserted' ? 'insertion' : 'deletion'}`);
  places.push(`line ${finding.line}`);
  return places.filter(Boolean).join(', ');
}
