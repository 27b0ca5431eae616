// A Word document (.docx: a zip of XML parts) as texts with their places. Read here from
// its parts rather than with mammoth, the usual .docx-to-text library: mammoth converts
// what a reader sees and drops the rest, which is exactly where names hide (headers and
// footers, comments and their authors, tracked insertions and deletions, properties).
// fflate (unzip) and saxes (XML) are the well-kept libraries doing the parsing.

import { decodeText } from './decode-text';
import { DocumentError } from './document-error';
import type { DocumentPart } from './document-finding';
import type { DocumentTexts, PlacedText } from './document-text';
import { unzipEntry, type ZipEntry, type ZipLimits, zipEntries } from './read-zip';
import { walkXml } from './walk-xml';

/** The parts read, in the order their findings are reported. */
const STORIES: readonly { readonly pattern: RegExp; readonly part: DocumentPart }[] = [
  { pattern: /^word\/document\.xml$/, part: 'body' },
  { pattern: /^word\/header(\d*)\.xml$/, part: 'header' },
  { pattern: /^word\/footer(\d*)\.xml$/, part: 'footer' },
  { pattern: /^word\/footnotes\.xml$/, part: 'footnote' },
  { pattern: /^word\/endnotes\.xml$/, part: 'endnote' },
  { pattern: /^word\/comments\.xml$/, part: 'comment' },
];

/** Document properties (docProps/core.xml, app.xml) by element, and the name reported. */
const PROPERTIES: Readonly<Record<string, string>> = {
  creator: 'author',
  lastModifiedBy: 'lastModifiedBy',
  title: 'title',
  subject: 'subject',
  keywords: 'keywords',
  description: 'description',
  category: 'category',
  Company: 'company',
  Manager: 'manager',
};

/** Elements whose text is a tracked deletion, or a tracked insertion (moves are both). */
const DELETIONS = new Set(['del', 'moveFrom']);
const INSERTIONS = new Set(['ins', 'moveTo']);
/** Elements whose `author` attribute names the person who made a change or comment. */
const AUTHORED = new Set([
  'ins',
  'del',
  'moveFrom',
  'moveTo',
  'rPrChange',
  'pPrChange',
  'sectPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'numberingChange',
]);

/** A paragraph being read: its text as it reads, and its tracked deletions apart. */
interface OpenParagraph {
  readonly index: number;
  text: string;
  deleted: string;
  inserted: [number, number][];
}

/** The texts of a .docx, within `limits`. @internal */
export function readDocx(bytes: Uint8Array, limits: ZipLimits): DocumentTexts {
  const entries = zipEntries(bytes, limits);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  if (!byName.has('word/document.xml')) throw notWord(byName);
  const budget = { left: limits.maxUnpackedBytes, limit: limits.maxUnpackedBytes };
  const xml = (entry: ZipEntry) => decodeText(unzipEntry(bytes, entry, budget));
  const texts: PlacedText[] = [];
  const authors = new Map<string, Set<string>>();
  let paragraphs = 0;
  for (const story of STORIES) {
    const parts = entries
      .map((entry) => ({ entry, match: story.pattern.exec(entry.name) }))
      .filter((found) => found.match !== null)
      .sort((a, b) => Number(a.match?.[1] ?? 0) - Number(b.match?.[1] ?? 0));
    let count = 0;
    for (const { entry } of parts) {
      count = readStory(xml(entry), entry.name, story.part, count, texts, authors);
    }
    if (story.part === 'body') paragraphs = count;
  }
  for (const [property, names] of authors) {
    for (const name of names) texts.push(property_(property, name));
  }
  for (const name of ['docProps/core.xml', 'docProps/app.xml']) {
    const entry = byName.get(name);
    if (entry) readProperties(xml(entry), name, texts);
  }
  const custom = byName.get('docProps/custom.xml');
  if (custom) readCustomProperties(xml(custom), texts);
  return { texts, warnings: [], paragraphs };
}

const property_ = (property: string, text: string): PlacedText => ({
  text,
  place: { part: 'property', property, line: 1 },
});

/**
 * The paragraphs of one story (the body, a header, the comments…), numbered on from
 * `count`; returns the last number. A paragraph inside another (a text box) is numbered
 * where it starts.
 */
function readStory(
  xml: string,
  partName: string,
  part: DocumentPart,
  count: number,
  texts: PlacedText[],
  authors: Map<string, Set<string>>,
): number {
  const first = count;
  const open: OpenParagraph[] = [];
  // Reserved in order of opening, filled at closing, so nested paragraphs keep their order.
  const slots: (PlacedText[] | undefined)[] = [];
  let deleting = 0;
  let inserting = 0;
  let inText = 0;
  // mc:Fallback repeats what mc:Choice holds, for older readers: read once.
  let fallback = 0;
  const append = (text: string) => {
    const paragraph = open.at(-1);
    if (!paragraph || text === '') return;
    if (deleting > 0) {
      paragraph.deleted += text;
    } else {
      if (inserting > 0) {
        paragraph.inserted.push([paragraph.text.length, paragraph.text.length + text.length]);
      }
      paragraph.text += text;
    }
  };
  walkXml(xml, partName, {
    open(name, attribute) {
      if (name === 'Fallback') fallback++;
      if (fallback > 0) return;
      if (name === 'p') {
        open.push({ index: ++count, text: '', deleted: '', inserted: [] });
        slots.push(undefined);
      } else if (name === 't' || name === 'delText') inText++;
      else if (name === 'tab' || name === 'ptab') append('\t');
      else if (name === 'br' || name === 'cr') append('\n');
      else if (name === 'noBreakHyphen') append('-');
      else if (DELETIONS.has(name)) deleting++;
      else if (INSERTIONS.has(name)) inserting++;
      if (name === 'comment' && part === 'comment') {
        addAuthor(authors, 'comment author', attribute('author'));
      }
      if (AUTHORED.has(name)) addAuthor(authors, 'tracked change author', attribute('author'));
    },
    close(name) {
      if (name === 'Fallback') {
        fallback--;
        return;
      }
      if (fallback > 0) return;
      if (name === 't' || name === 'delText') inText--;
      else if (DELETIONS.has(name)) deleting--;
      else if (INSERTIONS.has(name)) inserting--;
      else if (name === 'p') {
        const paragraph = open.pop();
        if (!paragraph) return;
        const placed: PlacedText[] = [];
        const place = { part, paragraph: paragraph.index, line: 1 } as const;
        if (paragraph.text.trim() !== '') {
          placed.push({ text: paragraph.text, place, inserted: paragraph.inserted });
        }
        if (paragraph.deleted.trim() !== '') {
          placed.push({ text: paragraph.deleted, place: { ...place, revision: 'deleted' } });
        }
        slots[paragraph.index - first - 1] = placed;
      }
    },
    text(text) {
      if (inText > 0 && fallback === 0) append(text);
    },
  });
  for (const slot of slots) if (slot) texts.push(...slot);
  return count;
}

function addAuthor(
  authors: Map<string, Set<string>>,
  property: string,
  name: string | undefined,
): void {
  if (!name?.trim()) return;
  let names = authors.get(property);
  if (!names) {
    names = new Set();
    authors.set(property, names);
  }
  names.add(name);
}

/** docProps/core.xml and app.xml: the properties in {@link PROPERTIES}. */
function readProperties(xml: string, partName: string, texts: PlacedText[]): void {
  let depth = 0;
  let current: { name: string; depth: number; text: string } | undefined;
  walkXml(xml, partName, {
    open(name) {
      depth++;
      const property = PROPERTIES[name];
      if (depth === 2 && property !== undefined) current = { name: property, depth, text: '' };
    },
    close() {
      if (current && depth === current.depth) {
        if (current.text.trim() !== '') texts.push(property_(current.name, current.text));
        current = undefined;
      }
      depth--;
    },
    text(text) {
      if (current) current.text += text;
    },
  });
}

/** docProps/custom.xml: each property's value, named `custom: NAME`. */
function readCustomProperties(xml: string, texts: PlacedText[]): void {
  let current: { name: string; text: string } | undefined;
  walkXml(xml, 'docProps/custom.xml', {
    open(name, attribute) {
      if (name === 'property') current = { name: attribute('name') ?? '', text: '' };
    },
    close(name) {
      if (name === 'property' && current) {
        if (current.text.trim() !== '')
          texts.push(property_(`custom: ${current.name}`, current.text));
        current = undefined;
      }
    },
    text(text) {
      if (current) current.text += text;
    },
  });
}

/** What a zip without a Word document's main part is, in an error that says so. */
function notWord(byName: ReadonlyMap<string, ZipEntry>): DocumentError {
  const what = byName.has('xl/workbook.xml')
    ? 'an Excel workbook'
    : byName.has('ppt/presentation.xml')
      ? 'a PowerPoint presentation'
      : byName.has('mimetype') || byName.has('content.xml')
        ? 'an OpenDocument file (save it as .docx or PDF)'
        : 'a zip archive';
  return new DocumentError(
    'wrong-type',
    `it is ${what}, not a Word document (.docx): scan reads PDF, .docx and .txt files.`,
  );
}
