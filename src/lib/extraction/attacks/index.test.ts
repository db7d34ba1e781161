/** The attack registry: the names the command line, the URL and the settings accept. */
import { describe, expect, it } from 'vitest';
import { Rng } from '../random';
import type { AttackContext } from './context';
import { equationSolving } from './equation-solving';
import { ATTACKS, ATTACK_NAMES } from './index';
import { lowdMeek } from './lowd-meek';
import { benign, retrainAdaptive, retrainLineSearch, retrainUniform, substitute } from './retrain';

describe('ATTACKS', () => {
  it('lists the seven attacks of `dojo extract --attack`, in the documented order', () => {
    expect(ATTACK_NAMES).toEqual([
      'equation-solving',
      'lowd-meek',
      'retrain-uniform',
      'retrain-line-search',
      'retrain-adaptive',
      'substitute',
      'benign',
    ]);
  });

  it('maps each name to its attack', () => {
    expect(ATTACKS).toEqual({
      'equation-solving': equationSolving,
      'lowd-meek': lowdMeek,
      'retrain-uniform': retrainUniform,
      'retrain-line-search': retrainLineSearch,
      'retrain-adaptive': retrainAdaptive,
      substitute,
      benign,
    });
  });

  it('gives every attack the generator protocol: it yields a model and returns one', () => {
    for (const name of ATTACK_NAMES) {
      let spent = 0;
      const ctx: AttackContext = {
        d: 30,
        box: 4,
        hidden: 0,
        budget: 40,
        rng: new Rng(1),
        ask: (x) => (spent >= 40 ? null : (spent++, x[0] > 0 ? 0.9 : 0.1)),
        spent: () => spent,
        note: () => {},
      };
      const run = ATTACKS[name](ctx);
      const first = run.next();
      expect(first.done, name).toBe(false);
      let last = first;
      while (!last.done) last = run.next();
      expect(last.value, name).toMatchObject({ d: 30, hidden: 0 });
      expect(spent, name).toBeLessThanOrEqual(40);
    }
  });
});
