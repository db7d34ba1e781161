/**
 * What the learner has done, in a line for the Learn and Practice indexes: on a scenario's card
 * its threat model's submissions and how many of its questions were answered, under a question
 * its attempts. Null when there is nothing yet, so the index stays as it was for a newcomer. Pure:
 * the islands feed it the stores' activities (src/lib/progress/progress.ts).
 */
import type { Activity } from './progress';

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const bestOf = (list: readonly Activity[]) => {
  const scores = list.map((a) => a.score).filter((x): x is number => x !== null);
  return scores.length ? Math.max(...scores) : null;
};
const withBest = (text: string, best: number | null) => (best === null ? text : `${text}, best ${best}`);

/** "Threat model submitted twice, best 64; 2 of 3 questions answered, best 80." or null. */
export function scenarioDone(
  activities: readonly Activity[],
  scenario: string,
  questions: readonly string[],
): string | null {
  const models = activities.filter((a) => a.kind === 'threat-model' && a.exercise === scenario);
  const asked = new Set(questions);
  const answers = activities.filter((a) => a.kind === 'question' && asked.has(a.exercise));
  const answered = new Set(answers.map((a) => a.exercise)).size;
  const parts = [
    models.length > 0 && withBest(`Threat model submitted ${times(models.length)}`, bestOf(models)),
    answered > 0 &&
      withBest(
        `${answered} of ${questions.length} question${questions.length === 1 ? '' : 's'} answered`,
        bestOf(answers),
      ),
  ].filter((p): p is string => Boolean(p));
  return parts.length ? `${parts.join('; ')}.` : null;
}

/** "Answered 3 times: best 72, latest 65." or null. */
export function questionDone(activities: readonly Activity[], question: string): string | null {
  const mine = activities
    .filter((a) => a.kind === 'question' && a.exercise === question)
    .sort((a, b) => a.at.localeCompare(b.at));
  if (mine.length === 0) return null;
  const best = bestOf(mine);
  const latest = mine[mine.length - 1]!.score;
  if (best === null || latest === null) return `Answered ${times(mine.length)}.`;
  return mine.length === 1
    ? `Answered once: ${best}.`
    : `Answered ${times(mine.length)}: best ${best}, latest ${latest}.`;
}
