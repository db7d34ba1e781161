/**
 * Sharing a session setup so every panelist runs the same session: as a JSON file, or as a URL
 * whose fragment (#session=…) carries the setup. A fragment never reaches a server, so sharing by
 * URL sends nothing anywhere but to the people the link is given to.
 */
import { parseJsonText, type Result } from './validation';
import { SESSION_FORMAT, validateSession, type Session } from './session';

export const SESSION_PARAM = 'session';

export function sessionToJson(session: Session): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}

/** A file name that says what the file is without revealing more than the alias. */
export function sessionFileName(session: Session): string {
  return `interview-session-${safeFilePart(session.candidate)}-${session.id.slice(0, 8)}.json`;
}

export function safeFilePart(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'candidate'
  );
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): string {
  const b64 = data.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The fragment to append to the interview page's URL, e.g. "#session=eyJm…". */
export function sessionToHash(session: Session): string {
  return `#${SESSION_PARAM}=${toBase64Url(JSON.stringify(session))}`;
}

/** Reads a session from a URL fragment. Returns null when the fragment carries no session. */
export function sessionFromHash(hash: string, knownQuestions: readonly string[]): Result<Session> | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const data = params.get(SESSION_PARAM);
  if (data === null) return null;
  let text: string;
  try {
    if (!/^[A-Za-z0-9_-]*$/.test(data)) throw new Error('bad characters');
    text = fromBase64Url(data);
  } catch {
    return {
      ok: false,
      error: 'The session link is damaged (it is not valid base64url). Ask for the link or the session file again.',
    };
  }
  const json = parseJsonText(text, 'session link');
  if (!json.ok) return { ok: false, error: `${json.error} Ask for the link or the session file again.` };
  return validateSession(json.value, knownQuestions, 'session link');
}

export { SESSION_FORMAT };
