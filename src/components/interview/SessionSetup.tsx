/**
 * Session setup: level (with its preset), questions, duration, panel and candidate alias; then
 * sharing the session as a link or a file, and loading one shared by another panelist.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { LEVELS, type Level } from '../../lib/interview/catalog';
import { presetFor, type PresetQuestion } from '../../lib/interview/presets';
import {
  createSession,
  parseSessionText,
  plannedMinutes,
  sessionIdFromBytes,
  type Session,
} from '../../lib/interview/session';
import { sessionFileName, sessionFromHash, sessionToHash, sessionToJson } from '../../lib/interview/share';
import { checkFileSize } from '../../lib/interview/validation';
import { useInterviewStore } from '../../stores/interview';
import { downloadText, randomBytes, useHydratedInterview } from './useInterview';
import SetAsideNotice from './SetAsideNotice';
import SessionSummary from './SessionSummary';

export interface SetupQuestion extends PresetQuestion {
  title: string;
  scenarioTitle: string;
}

interface Props {
  questions: SetupQuestion[];
}

/** Questions grouped by scenario, scenarios in the order they first appear. */
function groupByScenario(questions: SetupQuestion[]) {
  const groups: { scenario: string; title: string; questions: SetupQuestion[] }[] = [];
  for (const q of questions) {
    const group = groups.find((g) => g.scenario === q.scenario);
    if (group) group.questions.push(q);
    else groups.push({ scenario: q.scenario ?? q.id, title: q.scenarioTitle, questions: [q] });
  }
  return groups;
}

/** True when replacing the loaded session would discard this panelist's or the panel's work. */
function hasWork(s: ReturnType<typeof useInterviewStore.getState>): boolean {
  return (
    Object.keys(s.draft).length > 0 ||
    s.submitted !== null ||
    s.sheets.length > 0 ||
    Object.keys(s.consensus).length > 0
  );
}

export default function SessionSetup({ questions }: Props) {
  const hydrated = useHydratedInterview();
  const session = useInterviewStore((s) => s.session);
  const loadSession = useInterviewStore((s) => s.loadSession);
  const known = useMemo(() => questions.map((q) => q.id), [questions]);
  const groups = useMemo(() => groupByScenario(questions), [questions]);
  const [level, setLevel] = useState<Level>('senior');
  const [chosen, setChosen] = useState<string[]>(() => presetFor('senior', questions).questions);
  const [minutes, setMinutes] = useState(() => String(presetFor('senior', questions).minutes));
  const [panel, setPanel] = useState('');
  const [candidate, setCandidate] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [pending, setPending] = useState<Session | null>(null);

  const offer = (next: Session, how: string) => {
    const current = useInterviewStore.getState();
    if (current.session && current.session.id !== next.id && hasWork(current)) {
      setPending(next);
      setMessage({
        kind: 'info',
        text: `${how} The session already here has scoring work; export it first or confirm below to replace it.`,
      });
      return;
    }
    loadSession(next);
    setPending(null);
    setMessage({ kind: 'info', text: `${how} Session ${next.id} for candidate “${next.candidate}” is ready.` });
  };

  // A session shared by link: read it from the fragment once, then take it out of the address bar.
  useEffect(() => {
    if (!hydrated) return;
    const shared = sessionFromHash(window.location.hash, known);
    if (shared === null) return;
    history.replaceState(null, '', window.location.pathname + window.location.search);
    if (shared.ok) offer(shared.value, 'Loaded the session from the link.');
    else setMessage({ kind: 'error', text: shared.error });
    // Runs once, when the saved state has been read; `offer` and `known` are stable for that moment.
  }, [hydrated]);

  const applyPreset = (next: Level) => {
    const preset = presetFor(next, questions);
    setLevel(next);
    setChosen(preset.questions);
    setMinutes(String(preset.minutes));
    const borrowed =
      preset.borrowed.length > 0
        ? ` (${preset.borrowed.length} borrowed from a nearby level: too few ${next} questions)`
        : '';
    setMessage({
      kind: 'info',
      text: `Applied the ${next} preset: ${preset.questions.length} questions, ${preset.minutes} minutes${borrowed}.`,
    });
  };

  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  const create = (e: FormEvent) => {
    e.preventDefault();
    const ordered = groups.flatMap((g) => g.questions.map((q) => q.id)).filter((id) => chosen.includes(id));
    const result = createSession(
      {
        level,
        candidate,
        panelists: panel.split('\n'),
        minutes: Number(minutes === '' ? NaN : minutes),
        questions: ordered,
      },
      sessionIdFromBytes(randomBytes()),
      new Date(),
      known,
    );
    if (!result.ok) setMessage({ kind: 'error', text: result.error });
    else offer(result.value, 'Created a new session.');
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const size = checkFileSize(file.size, 'session file');
    const result = size.ok ? parseSessionText(await file.text(), known) : size;
    if (result.ok) offer(result.value, `Loaded ${file.name}.`);
    else setMessage({ kind: 'error', text: `${file.name}: ${result.error}` });
  };

  const suggested = plannedMinutes(chosen, (id) => questions.find((q) => q.id === id)?.minutes);
  const shareUrl = session ? `${window.location.origin}/interview/${sessionToHash(session)}` : '';

  return (
    <div className="iv-setup">
      <SetAsideNotice hydrated={hydrated} />
      <div
        role={message?.kind === 'error' ? 'alert' : 'status'}
        className={message?.kind === 'error' ? 'iv-error' : 'iv-status'}
      >
        {message?.text}
      </div>
      {pending && (
        <p className="iv-confirm">
          <button
            type="button"
            onClick={() => {
              loadSession(pending);
              setMessage({ kind: 'info', text: `Replaced: session ${pending.id} is ready.` });
              setPending(null);
            }}
          >
            Replace the current session and discard its work
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setPending(null);
              setMessage(null);
            }}
          >
            Keep the current session
          </button>
        </p>
      )}

      {!hydrated ? (
        <p className="muted">Loading the saved session…</p>
      ) : session ? (
        <section aria-labelledby="iv-current">
          <h2 id="iv-current">Current session</h2>
          <SessionSummary session={session} titleOf={(id) => questions.find((q) => q.id === id)?.title ?? id} />
          <h3>Share it with the panel</h3>
          <p>
            Every panelist opens the same session, on their own machine. The link carries the setup in its fragment,
            which browsers never send to a server.
          </p>
          <label htmlFor="iv-share-url">Session link</label>
          <div className="iv-row">
            <input
              id="iv-share-url"
              readOnly
              value={shareUrl}
              className="iv-wide"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard?.writeText(shareUrl).then(
                  () => setMessage({ kind: 'info', text: 'Link copied.' }),
                  () => setMessage({ kind: 'error', text: 'Could not copy: select the link and copy it by hand.' }),
                )
              }
            >
              Copy link
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => downloadText(sessionFileName(session), sessionToJson(session))}
            >
              Download session file
            </button>
          </div>
          <p className="iv-next">
            <a className="button" href="/interview/console/">
              Open the interviewer console
            </a>{' '}
            <a className="button secondary" href="/interview/merge/">
              Merge scoresheets
            </a>{' '}
            <a className="button secondary" href="/interview/report/">
              Report
            </a>
          </p>
        </section>
      ) : (
        <p>No session on this machine yet: set one up below, open a session link, or load a session file.</p>
      )}

      <section aria-labelledby="iv-load">
        <h2 id="iv-load">Load a session file</h2>
        <label htmlFor="iv-session-file">Session file (.json) from another panelist</label>
        <input
          id="iv-session-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void loadFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </section>

      <section aria-labelledby="iv-new">
        <h2 id="iv-new">Set up a new session</h2>
        <form onSubmit={create} noValidate>
          <div className="iv-field">
            <label htmlFor="iv-level">Level</label>
            <select id="iv-level" value={level} onChange={(e) => applyPreset(e.currentTarget.value as Level)}>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
            <p className="iv-hint">Choosing a level applies its preset; adjust the questions below if you wish.</p>
          </div>
          <fieldset>
            <legend>Scenarios and questions (asked in this order)</legend>
            {groups.map((g) => (
              <fieldset key={g.scenario} className="iv-scenario">
                <legend>{g.title}</legend>
                {g.questions.map((q) => (
                  <div key={q.id} className="iv-check">
                    <input
                      type="checkbox"
                      id={`iv-q-${q.id}`}
                      checked={chosen.includes(q.id)}
                      onChange={() => toggle(q.id)}
                    />
                    <label htmlFor={`iv-q-${q.id}`}>
                      {q.title}{' '}
                      <span className="muted">
                        ({q.level}; {q.minutes} min)
                      </span>
                    </label>
                  </div>
                ))}
              </fieldset>
            ))}
          </fieldset>
          <div className="iv-field">
            <label htmlFor="iv-minutes">Duration in minutes</label>
            <input
              id="iv-minutes"
              type="number"
              inputMode="numeric"
              min={5}
              max={480}
              value={minutes}
              onChange={(e) => setMinutes(e.currentTarget.value)}
              aria-describedby="iv-minutes-hint"
            />
            <p className="iv-hint" id="iv-minutes-hint">
              The chosen questions suggest {suggested} minutes.
            </p>
          </div>
          <div className="iv-field">
            <label htmlFor="iv-panel">Panelists, one name per line</label>
            <textarea id="iv-panel" rows={3} value={panel} onChange={(e) => setPanel(e.currentTarget.value)} />
          </div>
          <div className="iv-field">
            <label htmlFor="iv-candidate">Candidate alias</label>
            <input
              id="iv-candidate"
              value={candidate}
              onChange={(e) => setCandidate(e.currentTarget.value)}
              aria-describedby="iv-candidate-hint"
              autoComplete="off"
            />
            <p className="iv-hint" id="iv-candidate-hint">
              An alias, not the real name: the session file travels around the panel.
            </p>
          </div>
          <button type="submit">Create session</button>
        </form>
      </section>
    </div>
  );
}
