/**
 * Reading input for the command line: the one place where bytes from a file or stdin become text,
 * with one clear, one-line message for every failure.
 *
 * Every read is bounded before memory is spent (issue 17: `dojo grade-model /dev/zero` read 23.8 GB
 * because the cap was checked after readFileSync):
 * - a regular file is measured with fstat on the open descriptor (so the file measured is the file
 *   read) and refused by its size at once, without reading a byte;
 * - anything else (/dev/zero, /dev/urandom, a FIFO, `<(…)`, stdin) is read in chunks and refused as
 *   soon as the total passes the limit, so an endless source costs at most the limit;
 * - directories and missing files are refused by name.
 * A UTF-8 byte-order mark is dropped here, as a browser's File.text() drops it, so the parsers
 * never see one. Opening a FIFO waits for a writer, as `cat` does.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_IMPORT_BYTES } from '../lib/threat-model/format';
import { MAX_FILE_BYTES as MAX_INTERVIEW_FILE_BYTES } from '../lib/interview/validation';
import { MAX_ANSWER_CHARS } from '../lib/scoring/validate';

export interface InputLimit {
  /** Largest input read, in bytes. */
  bytes: number;
  /** The kind of input, for the message: "the limit for a threat model file is …". */
  what: string;
}

/**
 * The largest input of each kind. Where a core has its own limit in characters, the byte limit is
 * four times it (no character takes more than four bytes of UTF-8), so the reader never refuses a
 * text the core would accept and the core keeps its own, more precise message.
 */
export const INPUT_LIMITS = {
  /** `dojo grade-model FILE`: the import core reads at most MAX_IMPORT_BYTES characters. */
  threatModel: { bytes: 4 * MAX_IMPORT_BYTES, what: 'a threat model file' },
  /** `dojo score --batch FILE` and `dojo calibrate FILE`: many answers, one JSON object a line. */
  jsonLines: { bytes: 50 * 1024 * 1024, what: 'a JSON lines file' },
  /** `dojo interview merge`: session and scoresheet files, the same byte limit as the site's import. */
  interview: { bytes: MAX_INTERVIEW_FILE_BYTES, what: 'an interview file' },
  /** `dojo score --question ID < answer`: the scorer reads at most MAX_ANSWER_CHARS characters. */
  answer: { bytes: 4 * MAX_ANSWER_CHARS, what: 'an answer' },
  /** `dojo check --atlas FILE`: an ATLAS data summary (the 5.6 one is about 0.2 MB). */
  atlasData: { bytes: 20 * 1024 * 1024, what: 'an ATLAS data file' },
} as const satisfies Record<string, InputLimit>;

/** Bytes read per system call from a source whose size is not known. */
const CHUNK_BYTES = 64 * 1024;

const fmt = (n: number) => n.toLocaleString('en');

/** Error codes people understand, for the message; others are given as the code alone. */
const CODE_MEANINGS: Record<string, string> = {
  EACCES: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENXIO: 'not a file that can be read (a socket?)',
  EAGAIN: 'the input is not ready (non-blocking)',
};

function cannotRead(name: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new Error(`cannot read missing file ${name}: ENOENT`);
  if (code === 'EISDIR') return new Error(`${name} is a directory, not a file`);
  if (!code) return new Error(`cannot read ${name}: ${(e as Error).message}`);
  return new Error(`cannot read ${name}: ${CODE_MEANINGS[code] ? `${CODE_MEANINGS[code]} (${code})` : code}`);
}

function normalise(limit: InputLimit | number): InputLimit {
  return typeof limit === 'number' ? { bytes: limit, what: '' } : limit;
}

function tooLarge(name: string, size: string, limit: InputLimit): Error {
  const of = limit.what ? ` for ${limit.what}` : '';
  return new Error(`${name} is too large: ${size} bytes (the limit${of} is ${fmt(limit.bytes)} bytes)`);
}

/** UTF-8 to text, without a leading byte-order mark. Bad bytes become U+FFFD, as before. */
function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Collects chunks and throws as soon as their total passes the limit. */
class BoundedBytes {
  private readonly chunks: Buffer[] = [];
  private total = 0;

  constructor(
    private readonly name: string,
    private readonly limit: InputLimit,
  ) {}

  add(chunk: Uint8Array): void {
    this.total += chunk.length;
    if (this.total > this.limit.bytes) throw tooLarge(this.name, `more than ${fmt(this.limit.bytes)}`, this.limit);
    this.chunks.push(Buffer.from(chunk)); // a copy: the caller reuses its buffer
  }

  text(): string {
    return decode(Buffer.concat(this.chunks, this.total));
  }
}

/**
 * Reads a UTF-8 text file of at most `limit` bytes (a kind from INPUT_LIMITS, or a number of bytes),
 * or throws a one-line error naming the file.
 */
export function readTextFile(file: string, limit: InputLimit | number): string {
  const bound = normalise(limit);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw cannotRead(file, e);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new Error(`${file} is a directory, not a file`);
    if (stat.isFile() && stat.size > bound.bytes) throw tooLarge(file, fmt(stat.size), bound);
    // A regular file is read the same bounded way: it may grow while it is read.
    const bytes = new BoundedBytes(file, bound);
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      } catch (e) {
        throw cannotRead(file, e);
      }
      if (n === 0) return bytes.text();
      bytes.add(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads all of stdin as UTF-8 text of at most `limit` bytes. Stdin redirected from a regular file
 * is refused by its size first; a pipe or a device is read until the limit is passed.
 */
export async function readStdinText(limit: InputLimit | number, name = 'stdin'): Promise<string> {
  const bound = normalise(limit);
  let stat;
  try {
    stat = fstatSync(0);
  } catch (e) {
    throw cannotRead(name, e);
  }
  if (stat.isDirectory()) throw new Error(`${name} is a directory, not a file`);
  if (stat.isFile() && stat.size > bound.bytes) throw tooLarge(name, fmt(stat.size), bound);
  const bytes = new BoundedBytes(name, bound);
  // Leaving the loop early (a throw) destroys the stream, so nothing more is read.
  for await (const chunk of process.stdin) bytes.add(chunk as Buffer);
  return bytes.text();
}
