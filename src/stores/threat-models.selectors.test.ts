import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { emptyWork, threatModelActions, type ThreatModelActions, type ThreatModelsState } from './threat-models';

const noop = () => {};
const actions: ThreatModelActions = {
  addThreat: () => 't1',
  updateThreat: noop,
  removeThreat: noop,
  replaceThreats: noop,
  clear: noop,
  recordSubmission: noop,
  reveal: noop,
  setSuggestions: noop,
  dismissSuggestion: noop,
};

describe('threatModelActions (plain objects)', () => {
  const state: ThreatModelsState = { work: { demo: emptyWork() }, ...actions };

  it('picks exactly the nine actions, the same functions, and no data', () => {
    const picked = threatModelActions(state);
    expect(Object.keys(picked).sort()).toEqual(Object.keys(actions).sort());
    for (const [name, f] of Object.entries(picked)) expect(f).toBe(actions[name as keyof ThreatModelActions]);
    expect('work' in picked).toBe(false);
  });

  it('is shallow-equal before and after the work changes (useShallow keeps the island still)', () => {
    const after: ThreatModelsState = { ...state, work: { demo: { ...emptyWork(), revealed: true } } };
    expect(shallow(threatModelActions(state), threatModelActions(after))).toBe(true);
    expect(shallow(threatModelActions(state), threatModelActions({ ...state, reveal: () => {} }))).toBe(false);
  });
});
