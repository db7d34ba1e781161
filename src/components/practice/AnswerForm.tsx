/** The answer box with its word count and timer, the Score button, and why an answer could not be scored. */
import type { FormEvent } from 'react';
import { countWords } from '../../lib/scoring/tokenise';
import { MAX_ANSWER_CHARS } from '../../lib/scoring/validate';
import AnswerTimer, { type Stopwatch } from './AnswerTimer';

interface Props {
  uid: string;
  text: string;
  minutes: number;
  error: string;
  ready: boolean;
  stopwatch: Stopwatch;
  onText(text: string): void;
  onSubmit(): void;
}

export default function AnswerForm({ uid, text, minutes, error, ready, stopwatch, onText, onSubmit }: Props) {
  const words = countWords(text);
  const answerId = `${uid}-answer`;
  const countId = `${uid}-count`;
  const errorId = `${uid}-error`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={answerId}>Your answer</label>
      <textarea
        id={answerId}
        rows={9}
        value={text}
        maxLength={MAX_ANSWER_CHARS}
        disabled={!ready}
        aria-describedby={`${countId}${error ? ` ${errorId}` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onText(e.target.value)}
      />
      <div className="pr-toolbar">
        <span id={countId} className="pr-count">
          {words} {words === 1 ? 'word' : 'words'}
        </span>
        <AnswerTimer stopwatch={stopwatch} minutes={minutes} />
        <button type="submit" disabled={!ready}>
          Score my answer
        </button>
      </div>
      {error && (
        <p id={errorId} role="alert" className="pr-error">
          {error}
        </p>
      )}
    </form>
  );
}
