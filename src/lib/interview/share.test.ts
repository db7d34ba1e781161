import { describe, expect, it } from 'vitest';
import { safeFilePart, sessionFileName, sessionFromHash, sessionToHash, sessionToJson } from './share';
import { parseSessionText } from './session';
import { fixtureSession, KNOWN } from './testing';

describe('sharing a session', () => {
  it('round-trips through the URL fragment, including non-ASCII names', () => {
    const session = fixtureSession({ candidate: 'Zoë “K” 候选人', panelists: ['Ana', 'Łukasz'] });
    const hash = sessionToHash(session);
    expect(hash).toMatch(/^#session=[A-Za-z0-9_-]+$/);
    expect(sessionFromHash(hash, KNOWN)).toEqual({ ok: true, value: session });
  });

  it('round-trips through a file', () => {
    const session = fixtureSession();
    expect(parseSessionText(sessionToJson(session), KNOWN)).toEqual({ ok: true, value: session });
    expect(sessionFileName(session)).toBe('interview-session-candidate-k-abcd1234.json');
  });

  it('returns null when the fragment has no session', () => {
    expect(sessionFromHash('', KNOWN)).toBeNull();
    expect(sessionFromHash('#main', KNOWN)).toBeNull();
  });

  it.each([
    ['#session=%%%', 'The session link is damaged (it is not valid base64url).'],
    ['#session=' + 'A'.repeat(5), 'The session link is damaged'],
    ['#session=bm90IGpzb24', 'The session link is not valid JSON'],
    [
      '#session=eyJmb3JtYXQiOiJ4In0',
      'This is not a session link: its format is "x", expected "dojo-interview-session/1".',
    ],
  ])('refuses a damaged link %s', (hash, error) => {
    const r = sessionFromHash(hash, KNOWN);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.error).toContain(error);
  });

  it('makes safe file-name parts', () => {
    expect(safeFilePart('Zoë / ../etc')).toBe('zoe-etc');
    expect(safeFilePart('***')).toBe('candidate');
  });
});
