/**
 * Shows a value the way an error message quotes what it found: as JSON (patterns as
 * written), by its kind when JSON cannot show it (functions, symbols, cycles), and cut to
 * 60 characters so hostile input cannot flood a log.
 */
export function quote(value: unknown): string {
  let shown: string | undefined;
  try {
    shown = value instanceof RegExp ? String(value) : JSON.stringify(value);
  } catch {
    // A cycle or a BigInt: its kind below says enough.
  }
  shown ??= typeof value;
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}
