/**
 * The guided sequence of the fraud-api-cloning scenario: no defence → labels only → rounding →
 * reverse sigmoid → detector. Each step asks the learner to predict the outcome before running it;
 * which prediction was right is decided from the run's own numbers, never from a canned answer.
 */
import type { ExperimentResult } from './experiment';
import type { RawSettings } from './settings';

export interface Prediction {
  id: string;
  text: string;
  /** True when the run's numbers bear this prediction out. */
  holds(r: ExperimentResult): boolean;
}

export interface GuidedStep {
  id: string;
  title: string;
  settings: RawSettings;
  question: string;
  predictions: Prediction[];
  /** What the numbers show, in words, from the run's result. */
  explain(r: ExperimentResult): string;
}

/**
 * Balanced fidelity at or above this counts as a perfect clone: 0.9995 rounds to 1.000 at the
 * three decimals the learner sees, so "perfect" means what the table shows.
 */
export const PERFECT = 0.9995;
const f3 = (v: number | null) => (v === null ? 'n/a (no model recovered)' : v.toFixed(3));
/** Balanced fidelity, 0 when no model was recovered (no prediction of a perfect clone holds then). */
const bal = (r: ExperimentResult) => r.balancedFidelity ?? 0;

export const GUIDED_STEPS: GuidedStep[] = [
  {
    id: 'no-defence',
    title: '1. No defence',
    settings: { attack: 'equation-solving', defence: 'none', budget: 1000 },
    question:
      'The API returns the exact fraud probability of a logistic-regression model with 30 features. How many queries does equation solving need for a perfect clone?',
    predictions: [
      {
        id: 'd1',
        text: '31 queries: one per unknown (30 weights and a bias)',
        holds: (r) => r.queries === r.features + 1 && bal(r) >= PERFECT,
      },
      {
        id: 'hundreds',
        text: 'A few hundred queries',
        holds: (r) => r.queries > r.features + 1 && r.queries < 1000 && bal(r) >= PERFECT,
      },
      { id: 'never', text: 'A perfect clone is not possible within 1,000 queries', holds: (r) => bal(r) < PERFECT },
    ],
    explain: (r) =>
      `The attack used ${r.queries} queries and the clone agrees with the victim on ${f3(r.fidelity)} of natural transactions, ${f3(r.fidelityUniform)} of uniform inputs and ${f3(r.balancedFidelity)} balanced. Each probability gives one linear equation w·x + b = ln(p / (1 − p)); d + 1 of them recover the model exactly (Tramèr et al., 2016).`,
  },
  {
    id: 'labels',
    title: '2. Labels only',
    settings: { attack: 'lowd-meek', defence: 'labels', budget: 5000 },
    question:
      'Now the API answers only "fraud" or "legitimate". The attacker switches to the Lowd–Meek line search. How many queries does a perfect clone take now?',
    predictions: [
      { id: 'same', text: 'About the same, 31 queries', holds: (r) => r.queries <= 62 && bal(r) >= PERFECT },
      {
        id: 'more',
        text: 'Many more: tens of times as many, but still a perfect clone',
        holds: (r) => r.queries > 62 && bal(r) >= PERFECT,
      },
      { id: 'never', text: 'Labels alone can never give a perfect clone', holds: (r) => bal(r) < PERFECT },
    ],
    explain: (r) =>
      `Lowd–Meek used ${r.queries} queries, ${(r.queries / (r.features + 1)).toFixed(1)}× the ${r.features + 1} of equation solving, for balanced fidelity ${f3(r.balancedFidelity)}. Labels slow the attack down; they do not stop it. And the honest merchants lose their scores: AUPRC falls from ${f3(r.honestCost.auprcPlain)} to ${f3(r.honestCost.auprcDefended)}.`,
  },
  {
    id: 'rounding',
    title: '3. Rounding to 2 decimals',
    settings: { attack: 'equation-solving', defence: 'round:2', budget: 1000 },
    question: 'The API rounds probabilities to 2 decimals. What happens to equation solving?',
    predictions: [
      {
        id: 'unchanged',
        text: 'Nothing changes: still a perfect clone from 31 queries',
        holds: (r) => r.queries === r.features + 1 && bal(r) >= PERFECT,
      },
      {
        id: 'least-squares',
        text: 'The attacker needs more queries, but fitting all of them still gives a near-perfect clone',
        holds: (r) => r.queries > r.features + 1 && bal(r) >= 0.99,
      },
      {
        id: 'degraded',
        text: 'The clone is clearly worse (balanced fidelity below 0.99)',
        holds: (r) => bal(r) < 0.99,
      },
    ],
    explain: (r) =>
      `Each rounded answer is the true probability to within 0.005, so the attacker keeps all of them: from ${r.queries} queries, a weighted least-squares fit gives balanced fidelity ${f3(r.balancedFidelity)} and uniform ${f3(r.fidelityUniform)}. Rounding to 4–5 decimals leaves extraction near perfect (Tramèr et al., 2016); even 2 decimals only costs the attacker queries. Answers of exactly 0.00 or 1.00 give no equation.`,
  },
  {
    id: 'reverse-sigmoid',
    title: '4. Reverse sigmoid',
    settings: { attack: 'equation-solving', defence: 'reverse-sigmoid:1,0.1', budget: 1000, attacker: 'naive' },
    question:
      'Reverse sigmoid (β = 1, γ = 0.1) perturbs every probability but keeps every fraud decision. An attacker who does not know it solves the equations as if the answers were true probabilities. What happens to the clone?',
    predictions: [
      { id: 'exact', text: 'Still exact: the decisions are unchanged', holds: (r) => bal(r) >= PERFECT },
      { id: 'worse', text: 'Clearly worse: the equations no longer fit one linear model', holds: (r) => bal(r) < 0.95 },
      {
        id: 'slight',
        text: 'Only slightly worse (balanced fidelity above 0.95)',
        holds: (r) => bal(r) >= 0.95 && bal(r) < PERFECT,
      },
    ],
    explain: (r) =>
      `Balanced fidelity ${f3(r.balancedFidelity)}, uniform ${f3(r.fidelityUniform)} from ${r.queries} queries. Honest clients keep every decision (${(r.honestCost.decisionsChanged * 100).toFixed(2)} % changed) but the scores below 0.5 are reordered, so their AUPRC moves from ${f3(r.honestCost.auprcPlain)} to ${f3(r.honestCost.auprcDefended)}. Lee et al. (2019) report that reverse sigmoid costs attackers at least 20 % accuracy or up to 64× the queries. That holds for an attacker who does not know the defence: one who knows β and γ inverts each answer to the two probabilities it could have come from, lets least squares choose, and is back to a perfect clone from about 155 queries (in the free simulator, choose the informed adversary).`,
  },
  {
    id: 'detector',
    title: '5. A detector',
    settings: { attack: 'lowd-meek', defence: 'none', budget: 2000, detector: 'prada' },
    question:
      'PRADA watches the distances between each client’s queries. The attacker runs Lowd–Meek: line searches that step feature by feature from points it already asked about. Does PRADA raise an alarm?',
    predictions: [
      {
        id: 'early',
        text: 'Yes, within the first 1,000 queries',
        holds: (r) => r.detectedAtQuery !== null && r.detectedAtQuery <= 1000,
      },
      {
        id: 'late',
        text: 'Yes, but only after 1,000 queries',
        holds: (r) => r.detectedAtQuery !== null && r.detectedAtQuery > 1000,
      },
      { id: 'never', text: 'No, the probing looks like normal traffic', holds: (r) => r.detectedAtQuery === null },
    ],
    explain: (r) =>
      `${r.detectedAtQuery === null ? 'No alarm' : `Alarm at query ${r.detectedAtQuery}`} (last Shapiro–Wilk W ${r.detectorW === null ? 'n/a' : r.detectorW.toFixed(3)}). Lowd–Meek places each query a small step from an earlier one, so the distances are far from normal. Try benign traffic, uniform probing and adaptive retraining in the free simulator: in 30 dimensions uniform points are all far apart and their distances look normal, so PRADA stays quiet; an attacker who knows the detector can probe that way.`,
  },
  {
    id: 'accounts',
    title: '6. Many accounts',
    settings: {
      attack: 'lowd-meek',
      defence: 'labels',
      budget: 3000,
      detector: 'prada',
      blockOnAlarm: true,
      clients: 20,
    },
    question:
      'Now PRADA blocks a client at its alarm, and answers are labels only. One account running Lowd–Meek is blocked near query 110 with a useless clone. The attacker spreads the same attack over 20 accounts. What happens?',
    predictions: [
      { id: 'blocked', text: 'The accounts are blocked early and the clone stays poor', holds: (r) => bal(r) < 0.9 },
      {
        id: 'late',
        text: 'An alarm is raised, but only once the clone is already perfect',
        holds: (r) => r.detectedAtQuery !== null && bal(r) >= PERFECT,
      },
      {
        id: 'unseen',
        text: 'No alarm at all, and a perfect clone',
        holds: (r) => r.detectedAtQuery === null && bal(r) >= PERFECT,
      },
    ],
    explain: (r) =>
      `${r.detectedAtQuery === null ? 'No account raised an alarm' : `The first alarm came at query ${r.detectedAtQuery}`}: the ${r.queries} queries were split so that no account sent more than ${Math.max(...r.clients.map((c) => c.queries))}, and PRADA tests a client's distances only once it has more than 100 of them. Balanced fidelity ${f3(r.balancedFidelity)}. A per-client detector sees each account alone; linking accounts (shared payment details, devices, sign-up bursts) is what closes this gap, and a quota per organisation rather than per key.`,
  },
];

/** The predictions the run bears out (usually exactly one). */
export function correctPredictions(step: GuidedStep, r: ExperimentResult): string[] {
  return step.predictions.filter((p) => p.holds(r)).map((p) => p.id);
}

export interface WrapUpRow {
  id: string;
  title: string;
  /** The prediction the run bore out, in the step's own words; null when the step was not run. */
  borneOut: string | null;
  /** Whether the learner predicted it; null when the step was not run. */
  predicted: boolean | null;
}

/** The sequence at a glance, after its last step: what each run showed and how the predictions fared. */
export function wrapUp(
  steps: readonly GuidedStep[],
  choices: Readonly<Record<string, string>>,
  results: Readonly<Record<string, ExperimentResult | undefined>>,
): { rows: WrapUpRow[]; right: number; run: number } {
  const rows = steps.map((step) => {
    const r = results[step.id];
    if (!r) return { id: step.id, title: step.title, borneOut: null, predicted: null };
    const ids = correctPredictions(step, r);
    const text = step.predictions.filter((p) => ids.includes(p.id)).map((p) => p.text);
    return {
      id: step.id,
      title: step.title,
      borneOut: text.join('; ') || null,
      predicted: ids.includes(choices[step.id] ?? ''),
    };
  });
  const run = rows.filter((r) => r.predicted !== null);
  return { rows, right: run.filter((r) => r.predicted).length, run: run.length };
}
