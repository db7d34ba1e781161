/**
 * Setting up a new session: the level (which applies its preset), the questions and their order,
 * the duration (what the questions suggest, until the panel types its own), the panel and the
 * candidate's alias. The session is created with a random ID and offered.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { LEVELS, type Level } from '../../lib/interview/catalog';
import { presetFor } from '../../lib/interview/presets';
import { createSession, plannedMinutes, sessionIdFromBytes, type Session } from '../../lib/interview/session';
import {
  askedInOrder,
  groupByScenario,
  moveQuestion,
  presetMessage,
  shownMinutes,
  toggleChoice,
  type SetupQuestion,
} from '../../lib/interview/setup';
import QuestionChooser from './QuestionChooser';
import QuestionOrder from './QuestionOrder';
import { SessionDetails } from './SessionDetails';
import { randomBytes } from './useInterview';
import type { SetupMessage } from './useSessionOffer';

interface Props {
  questions: SetupQuestion[];
  known: readonly string[];
  onCreated(session: Session, how: string): void;
  onMessage(m: SetupMessage): void;
}

const FIRST_LEVEL: Level = 'senior';

export default function NewSessionForm({ questions, known, onCreated, onMessage }: Props) {
  const groups = useMemo(() => groupByScenario(questions), [questions]);
  const [level, setLevel] = useState<Level>(FIRST_LEVEL);
  // The chosen questions in the order they are asked: a preset's in scenario order, then as moved.
  const [chosen, setChosen] = useState<string[]>(() =>
    askedInOrder(groups, presetFor(FIRST_LEVEL, questions).questions),
  );
  // null until the panel types a duration of its own.
  const [typedMinutes, setTypedMinutes] = useState<string | null>(null);
  const [panel, setPanel] = useState('');
  const [candidate, setCandidate] = useState('');

  const applyPreset = (next: Level) => {
    const preset = presetFor(next, questions);
    setLevel(next);
    setChosen(askedInOrder(groups, preset.questions));
    setTypedMinutes(null);
    onMessage({ kind: 'info', text: presetMessage(preset) });
  };

  const suggested = plannedMinutes(chosen, (id) => questions.find((q) => q.id === id)?.minutes);
  const minutes = shownMinutes(typedMinutes, suggested);
  const titleOf = (id: string) => questions.find((q) => q.id === id)?.title ?? id;

  const create = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      level,
      candidate,
      panelists: panel.split('\n'),
      minutes: Number(minutes === '' ? NaN : minutes),
      questions: chosen,
    };
    const result = createSession(input, sessionIdFromBytes(randomBytes()), new Date(), known);
    if (!result.ok) onMessage({ kind: 'error', text: result.error });
    else onCreated(result.value, 'Created a new session.');
  };

  return (
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
        <QuestionChooser groups={groups} chosen={chosen} onToggle={(id) => setChosen((c) => toggleChoice(c, id))} />
        <QuestionOrder
          order={chosen}
          titleOf={titleOf}
          onMove={(id, by) => setChosen((c) => moveQuestion(c, id, by))}
        />
        <SessionDetails
          minutes={minutes}
          suggested={suggested}
          panel={panel}
          candidate={candidate}
          onMinutes={setTypedMinutes}
          onPanel={setPanel}
          onCandidate={setCandidate}
        />
        <button type="submit">Create session</button>
      </form>
    </section>
  );
}
