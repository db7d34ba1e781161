/** The attack registry: the names the command line, the URL and the settings accept. */
import { describe, expect, it } from 'vitest';
import { Rng } from '../random';
import type { AttackContext } from './context';
import { EQUATION_SOLVING_NEEDS_LOGREG, equationSolving } from './equation-solving';
import { FUNCTIONALLY_EQUIVALENT_NEEDS_MLP, functionallyEquivalent } from './functionally-equivalent';
import { ATTACKS, ATTACK_NAMES, ATTACK_NEEDS, attackRefusal } from './index';
import { jacobianAugmentation } from './jacobian';
import { lowdMeek } from './lowd-meek';
import { benign, retrainAdaptive, retrainLineSearch, retrainUniform, substitute } from './retrain';

describe('ATTACKS', () => {
  it('lists the nine attacks of `dojo extract --attack`, in the documented order', () => {
    expect(ATTACK_NAMES).toEqual([
      'equation-solving',
      'lowd-meek',
      'functionally-equivalent',
      'retrain-uniform',
      'retrain-line-search',
      'retrain-adaptive',
      'substitute',
      'jacobian-augmentation',
      'benign',
    ]);
  });

  it('maps each name to its attack', () => {
    expect(ATTACKS).toEqual({
      'equation-solving': equationSolving,
      'lowd-meek': lowdMeek,
      'functionally-equivalent': functionallyEquivalent,
      'retrain-uniform': retrainUniform,
      'retrain-line-search': retrainLineSearch,
      'retrain-adaptive': retrainAdaptive,
      substitute,
      'jacobian-augmentation': jacobianAugmentation,
      benign,
    });
  });

  it('names the victim an attack needs, and why, for the two that need one', () => {
    expect(attackRefusal('equation-solving', 'logreg')).toBeNull();
    expect(attackRefusal('equation-solving', 'mlp')).toBe(EQUATION_SOLVING_NEEDS_LOGREG);
    expect(attackRefusal('functionally-equivalent', 'mlp')).toBeNull();
    expect(attackRefusal('functionally-equivalent', 'logreg')).toBe(FUNCTIONALLY_EQUIVALENT_NEEDS_MLP);
    for (const name of ATTACK_NAMES.filter((a) => !ATTACK_NEEDS[a]))
      for (const victim of ['logreg', 'mlp']) expect(attackRefusal(name, victim), name).toBeNull();
    expect(ATTACK_NEEDS['functionally-equivalent']?.label).toBe('neural network only');
  });

  it('gives every attack the generator protocol: it yields a model and returns one', () => {
    for (const name of ATTACK_NAMES.filter((a) => a !== 'functionally-equivalent')) {
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
