// The parts of a zip archive (a .docx is one), unpacked within limits. fflate does the
// inflating; the central directory is read here because fflate's one-call unzip trusts
// the sizes the archive declares and keeps inflating past them, so a "zip bomb" (a few
// kilobytes that unpack to gigabytes) would cost time in proportion to what it unpacks
// to. Here each part is inflated in small steps and dropped the moment the total passes
// the limit, so time and memory stay in proportion to the limit, whatever the file claims.
import { Inflate } from 'fflate';
import { DocumentError } from './document-error';

/** How much of an archive may be unpacked, and how many parts it may have. @internal */
export interface ZipLimits {
  /** Bytes, over all the parts unpacked. */
  readonly maxUnpackedBytes: number;
  /** Entries in the archive. */
  readonly maxEntries: number;
}

/** An entry of the archive's central directory. @internal */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeader: number;
}

/** Compressed bytes fed to the inflater at a time: at most ~1,000 times this comes out. */
const STEP = 16 * 1024;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

const corrupt = (what: string) =>
  new DocumentError(
    'corrupt',
    `the file is damaged (${what}): open it in Word and save it again, or ask for a new copy.`,
  );

/** The entries of the archive, from its central directory. @internal */
export function zipEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt('the end of its zip archive is missing: it may be cut short');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) {
    throw new DocumentError(
      'too-large',
      'the archive is in the zip64 form used only for files over 4 GB, far past the limit.',
    );
  }
  if (count > limits.maxEntries) {
    throw new DocumentError(
      'too-large',
      `it has ${count} parts, more than the ${limits.maxEntries} a Word document is allowed here.`,
    );
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) {
      throw corrupt('its zip directory is broken');
    }
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + skip > bytes.length) throw corrupt('its zip directory is broken');
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + skip;
  }
  return entries;
}

/**
 * Unpacks `entry` of the archive; `budget.left` is the bytes still allowed over all the
 * parts unpacked (of `budget.limit`), and is reduced by what this one unpacks to. @internal
 */
export function unzipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: { left: number; readonly limit: number },
): Uint8Array {
  if (entry.flags & 1) {
    throw new DocumentError(
      'encrypted',
      'it is password-protected: remove the password in Word (File, Info, Protect Document) and save it again.',
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeader;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) {
    throw corrupt(`the part ${entry.name} is missing`);
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) {
    throw corrupt(`the part ${entry.name} is cut short`);
  }
  const tooLarge = () =>
    new DocumentError(
      'too-large',
      `its text unpacks to more than the limit of ${megabytes(budget.limit)} MB (a real report is far smaller: it may be damaged, or a "zip bomb").`,
    );
  if (entry.method === 0) {
    if (data.length > budget.left) throw tooLarge();
    budget.left -= data.length;
    return data;
  }
  if (entry.method !== 8) throw corrupt(`the part ${entry.name} uses an unknown compression`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > budget.left) over = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let at = 0; at < data.length && !over && !done; at += STEP) {
      const end = Math.min(at + STEP, data.length);
      inflate.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    throw corrupt(`the part ${entry.name} cannot be unpacked`);
  }
  if (over) throw tooLarge();
  if (!done) throw corrupt(`the part ${entry.name} is cut short`);
  budget.left -= total;
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}

const megabytes = (bytes: number) => Math.max(0, Math.round(bytes / 1024 / 1024));
