/** Reading input files for the command line, with one clear message for every failure. */
import { readFileSync } from 'node:fs';

/** Reads a UTF-8 text file of at most `maxBytes`, or throws a one-line error naming the file. */
export function readTextFile(file: string, maxBytes: number): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (buf.length > maxBytes) throw new Error(`${file} is too large (${buf.length} bytes; the limit is ${maxBytes})`);
  return buf.toString('utf8');
}
