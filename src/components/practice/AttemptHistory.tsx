/** The learner's earlier attempts at a question, oldest first, with the change since the first. */
import { useState } from 'react';
import { formatDateTime } from '../../lib/util/dates';
import type { Attempt } from '../../stores/attempts';
import Heading from './Heading';
import ScrollRegion from '../layout/ScrollRegion';

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

interface Props {
  attempts: Attempt[];
  best: number | null;
  change: number | null;
  level: number;
  onClear: () => void;
}

export default function AttemptHistory({ attempts, best, change, level, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (attempts.length === 0) return null;
  const clear = () => {
    setConfirming(false);
    onClear();
  };
  return (
    <section className="pr-history" aria-label="Your attempts">
      <Heading level={level}>Your attempts</Heading>
      <p>
        Best {best}/100
        {change !== null && <> · {change >= 0 ? `up ${change}` : `down ${-change}`} points since your first attempt</>}
      </p>
      <ScrollRegion label="Your attempts at this question">
        <table>
          <caption className="visually-hidden">Your attempts at this question, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Score</th>
              <th scope="col">Words</th>
              <th scope="col">Time</th>
              <th scope="col">Flags</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a, i) => (
              <tr key={`${a.at}-${i}`}>
                <td>{i + 1}</td>
                <td>{formatDateTime(a.at)}</td>
                <td>{a.score}</td>
                <td>{a.words}</td>
                <td>{a.seconds === null ? '' : clock(a.seconds)}</td>
                <td>{a.flags.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {confirming ? (
        <p className="pr-confirm">
          Delete all {attempts.length} attempts at this question?{' '}
          <button type="button" onClick={clear}>
            Delete them
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </p>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Clear this history
        </button>
      )}
    </section>
  );
}
