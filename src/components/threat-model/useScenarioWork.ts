/**
 * The learner's saved work on one scenario, read through the store's selectors: the work, the
 * model in the exchange format, and how many suggestions it took. Subscribes to the saved work
 * only (`s.work`), never to the whole store.
 */
import { useMemo } from 'react';
import {
  exchangeModel,
  suggestionsUsed,
  useThreatModelsStore,
  workFor,
  type ThreatModelsPersisted,
} from '../../stores/threat-models';

const selectWork = (s: ThreatModelsPersisted) => s.work;

export function useScenarioWork(scenario: string) {
  const work = useThreatModelsStore(selectWork);
  return useMemo(() => {
    const saved = { work };
    return {
      work: workFor(saved, scenario),
      model: exchangeModel(saved, scenario),
      suggestionsUsed: suggestionsUsed(saved, scenario),
    };
  }, [work, scenario]);
}
