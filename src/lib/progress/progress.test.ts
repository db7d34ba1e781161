import { describe, expect, it } from 'vitest';
import {
  atlasCoverage,
  exerciseProgress,
  scoreSeries,
  skillsPractised,
  suggestNext,
  type Activity,
  type CatalogueExercise,
} from './progress';

const ex = (exercise: string, level: string, over: Partial<CatalogueExercise> = {}): CatalogueExercise => ({
  kind: 'question',
  exercise,
  scenario: exercise.split('/')[0],
  title: exercise,
  level,
  skills: ['ml-threat-modelling'],
  techniques: [],
  href: `/practice/${exercise}/`,
  ...over,
});
const act = (exercise: string, score: number, at: string, kind: Activity['kind'] = 'question'): Activity => ({
  kind,
  exercise,
  scenario: exercise.split('/')[0],
  score,
  at,
});

const catalogue = [
  ex('a/q1', 'mid', { techniques: ['AML.T0024.002'] }),
  ex('a/q2', 'senior'),
  ex('b/q1', 'junior', { skills: ['red-teaming'], techniques: ['AML.T0020'] }),
];

describe('exerciseProgress', () => {
  it('gives best and latest per exercise, in time order', () => {
    const p = exerciseProgress(catalogue, [
      act('a/q1', 80, '2026-01-02'),
      act('a/q1', 40, '2026-01-03'),
      act('a/q1', 60, '2026-01-01'),
    ]);
    expect(p[0]).toMatchObject({ attempts: 3, best: 80, latest: 40, lastAt: '2026-01-03' });
    expect(p[1]).toMatchObject({ attempts: 0, best: null, latest: null });
  });

  it('does not mix a question with a threat model of the same ID', () => {
    const p = exerciseProgress([ex('a', 'mid', { kind: 'threat-model' })], [act('a', 50, '2026-01-01', 'question')]);
    expect(p[0].attempts).toBe(0);
  });
});

describe('scoreSeries', () => {
  it('orders by time and converts to seconds', () => {
    expect(scoreSeries([act('x', 2, '2026-01-02T00:00:00Z'), act('x', 1, '2026-01-01T00:00:00Z')])).toEqual([
      [1767225600, 1767312000],
      [1, 2],
    ]);
  });
});

describe('skillsPractised and atlasCoverage', () => {
  const progress = exerciseProgress(catalogue, [act('a/q1', 70, '2026-01-01'), act('b/q1', 30, '2026-01-02')]);

  it('counts attempts and best per skill', () => {
    const s = skillsPractised(progress);
    expect(s.get('ml-threat-modelling')).toEqual({ attempts: 1, best: 70 });
    expect(s.get('red-teaming')).toEqual({ attempts: 1, best: 30 });
  });

  it('places sub-techniques under their parent tactics, in matrix order', () => {
    const cols = atlasCoverage(
      [
        { ...act('a', 70, '2026-01-01', 'threat-model'), techniques: ['AML.T0024.002'] },
        { ...act('b', 30, '2026-01-02', 'threat-model'), techniques: ['AML.T0020'] },
      ],
      [
        { id: 'AML.T0024', name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] },
        { id: 'AML.T0024.002', name: 'Extract AI Model', tactics: [], parent: 'AML.T0024' },
        { id: 'AML.T0020', name: 'Poison Training Data', tactics: ['AML.TA0003', 'AML.TA0006'] },
      ],
    );
    expect(cols.map((c) => c.name)).toEqual(['Resource Development', 'Persistence', 'Exfiltration']);
    expect(cols[2].techniques).toEqual([
      { techniqueId: 'AML.T0024.002', name: 'Extract AI Model', practised: 1, best: 70 },
    ]);
  });
});

describe('atlasCoverage credits only what an attempt used', () => {
  const techniques = [
    { id: 'AML.T0020', name: 'Poison Training Data', tactics: ['AML.TA0003'] },
    { id: 'AML.T0058', name: 'Publish Poisoned Models', tactics: ['AML.TA0003'] },
  ];
  it("a threat model that does not mention a technique does not credit it (issue 19: AML.T0058 '1 attempt, best 21')", () => {
    const model = { ...act('image-classifier', 21, '2026-01-01', 'threat-model'), techniques: ['AML.T0020'] };
    const cells = atlasCoverage([model], techniques).flatMap((c) => c.techniques);
    expect(cells).toEqual([{ techniqueId: 'AML.T0020', name: 'Poison Training Data', practised: 1, best: 21 }]);
  });
  it('an interview answer names no technique, so it credits none', () => {
    expect(atlasCoverage([act('a/q1', 90, '2026-01-01')], techniques)).toEqual([]);
  });
  it('counts each attempt once per technique and keeps the best score', () => {
    const a = { ...act('s', 40, '2026-01-01', 'threat-model'), techniques: ['AML.T0020', 'AML.T0020'] };
    const b = { ...act('s', 75, '2026-01-02', 'threat-model'), techniques: ['AML.T0020'] };
    expect(atlasCoverage([a, b], techniques)[0].techniques[0]).toMatchObject({ practised: 2, best: 75 });
  });
});

describe('suggestNext', () => {
  it('starts a new learner at the lowest level', () => {
    expect(suggestNext(exerciseProgress(catalogue, []))?.exercise.exercise).toBe('b/q1');
  });

  it('sends the learner back to a weak low-level exercise before a harder new one', () => {
    const p = exerciseProgress(catalogue, [act('b/q1', 30, '2026-01-01')]);
    const next = suggestNext(p)!;
    expect(next.exercise.exercise).toBe('b/q1');
    expect(next.reason).toContain('best score here is 30');
  });

  it('prefers the scenario last worked on among new exercises of the same level', () => {
    const cat = [ex('a/q1', 'mid'), ex('b/q2', 'mid'), ex('b/q1', 'mid')];
    const p = exerciseProgress(cat, [act('b/q1', 90, '2026-01-01')]);
    expect(suggestNext(p)?.exercise.exercise).toBe('b/q2');
  });

  it('returns null when everything is mastered', () => {
    const p = exerciseProgress([ex('a/q1', 'mid')], [act('a/q1', 95, '2026-01-01')]);
    expect(suggestNext(p)).toBeNull();
  });
});

describe('simulator practice (unscored)', () => {
  const sim = ex('simulator/free', 'mid', {
    kind: 'simulator',
    scenario: 'fraud-api-cloning',
    skills: ['model-extraction-defence'],
    techniques: ['AML.T0024.002'],
  });
  const runs: Activity[] = [
    { kind: 'simulator', exercise: 'simulator/free', scenario: 'fraud-api-cloning', score: null, at: '2026-01-04' },
    { kind: 'simulator', exercise: 'simulator/free', scenario: 'fraud-api-cloning', score: null, at: '2026-01-05' },
  ];

  it('counts runs as attempts with no best or latest score', () => {
    const [p] = exerciseProgress([sim], runs);
    expect(p).toMatchObject({ attempts: 2, best: null, latest: null, lastAt: '2026-01-05' });
  });

  it('practises the model-extraction-defence skill, and keeps a scored best beside it', () => {
    const both = [...catalogue, { ...sim, techniques: [] }];
    const stats = skillsPractised(exerciseProgress(both, [...runs, act('b/q1', 55, '2026-01-01')]));
    expect(stats.get('model-extraction-defence')).toEqual({ attempts: 2, best: null });
    const mixed = exerciseProgress(
      [sim, ex('a/q9', 'mid', { skills: ['model-extraction-defence'] })],
      [...runs, act('a/q9', 64, '2026-01-02')],
    );
    expect(skillsPractised(mixed).get('model-extraction-defence')).toEqual({ attempts: 3, best: 64 });
  });

  it('credits the techniques a run uses, unscored, and leaves them out of the score chart', () => {
    const used = runs.map((r) => ({ ...r, techniques: ['AML.T0024.002'] }));
    const cols = atlasCoverage(used, [
      { id: 'AML.T0024', name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] },
      { id: 'AML.T0024.002', name: 'Extract AI Model', tactics: [], parent: 'AML.T0024' },
    ]);
    expect(cols.flatMap((c) => c.techniques)).toEqual([
      { techniqueId: 'AML.T0024.002', name: 'Extract AI Model', practised: 2, best: null },
    ]);
    expect(scoreSeries(runs)).toEqual([[], []]);
  });

  it('is never suggested again as "weak" once tried', () => {
    const p = exerciseProgress([sim, ex('a/q1', 'senior')], [...runs, act('a/q1', 90, '2026-01-01')]);
    expect(suggestNext(p)).toBeNull();
  });
});
