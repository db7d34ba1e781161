/**
 * A schema problem (a zod issue) as a sentence a person reads: where in the file, and what is
 * wrong, in words ("the file as a whole should be an object ({…}) but is a list ([…])") rather
 * than the validator's terms ("root: Invalid input: expected object, received array"). Pure.
 */
import type { z } from 'zod';

const TYPE_WORDS: Record<string, string> = {
  object: 'an object ({…})',
  array: 'a list ([…])',
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  undefined: 'missing',
  bigint: 'a number',
  date: 'a date',
};
const typeWords = (t: string | undefined) => (t ? (TYPE_WORDS[t] ?? t) : 'something else');

/** "the file as a whole", "the field “stores”", "item 3 of “threats”". */
export function whereInFile(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file as a whole';
  const last = path[path.length - 1];
  const parent = path.slice(0, -1).map(String).join('.');
  if (typeof last === 'number') return `item ${last + 1} of ${parent ? `“${parent}”` : 'the list'}`;
  return `the field “${path.map(String).join('.')}”`;
}

export function issueInWords(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'it does not have the expected shape';
  const where = whereInFile(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      return received === 'undefined'
        ? `${where} is missing (it should be ${typeWords(issue.expected)})`
        : `${where} should be ${typeWords(issue.expected)} but is ${typeWords(received)}`;
    }
    case 'unrecognized_keys':
      return `${where} has ${issue.keys.length === 1 ? 'a field' : 'fields'} the site does not know: ${issue.keys
        .slice(0, 5)
        .map((k) => `“${k.slice(0, 40)}”`)
        .join(', ')}`;
    case 'too_big':
      return `${where} is too ${issue.origin === 'array' ? 'long' : issue.origin === 'string' ? 'long' : 'large'} (at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''})`;
    case 'too_small':
      return `${where} is too ${issue.origin === 'array' || issue.origin === 'string' ? 'short' : 'small'} (at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''})`;
    case 'invalid_value':
      return `${where} should be one of ${issue.values
        .slice(0, 6)
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    default:
      return `${where}: ${issue.message.replace(/^Invalid input: /, '')}`;
  }
}
