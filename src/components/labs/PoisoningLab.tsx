/**
 * The poisoning lab (/labs/poisoning/): a backdoor in the crowd's uploads or contributors who
 * mislabel, optionally a defence, then the nightly retraining, run in the labs' Web Worker with the
 * same core as `dojo poison`; the figures and a few of the attacked test images. Settings go in the
 * address; finished runs are kept in this browser and the newest comes back after a reload.
 */
import { useState } from 'react';
import { CLASS_NAMES } from '../../lib/labs/data';
import { percent } from '../../lib/labs/display';
import {
  POISONING_ATTACKS,
  POISONING_DEFENCES,
  POISONING_FORM,
  poisoningLabel,
  poisoningRaw,
  withAttack,
  type PoisoningForm,
} from '../../lib/labs/poisoning/form';
import { parsePoisoningSettings } from '../../lib/labs/poisoning/settings';
import { rateSweepSettings, type RatePoint } from '../../lib/labs/poisoning/sweep-settings';
import { formatDateTime } from '../../lib/util/dates';
import { toSavedPoisoning, toSavedRateSweep, useLabRunsStore } from '../../stores/lab-runs';
import { LabField, LabSelect } from './LabField';
import { LabForm } from './LabForm';
import { LabNotes } from './LabNotes';
import { LabProgress } from './LabProgress';
import { PoisonedExamples } from './PoisonedExamples';
import { PoisoningFigures } from './PoisoningFigures';
import { RateSweep } from './RateSweep';
import { SavedRuns } from './SavedRuns';
import { useLabBench } from './useLabBench';
import '../simulator/simulator.css';
import './labs.css';

const CLASS_OPTIONS = CLASS_NAMES.map((c) => ({ value: c, label: c }));
/** A backdoor may draw its images from every class but the target (an all-to-one attack). */
const SOURCE_OPTIONS = [{ value: 'any', label: 'Any class but the target' }, ...CLASS_OPTIONS];

export default function PoisoningLab() {
  const runs = useLabRunsStore((s) => s.poisoning);
  const rateSweeps = useLabRunsStore((s) => s.rateSweeps);
  const bench = useLabBench(POISONING_FORM, runs.at(-1)?.settings);
  const { values, set, ready, refusal, status, running } = bench;
  const backdoor = values.attack === 'backdoor';

  const poison = () =>
    bench.start(
      () => parsePoisoningSettings(poisoningRaw(values)),
      (typed) => ({
        job: { lab: 'poisoning', raw: poisoningRaw(typed) },
        finish: (m, at) => {
          if (m.type !== 'poisoning') return null;
          const saved = toSavedPoisoning(m.outcome, typed, at);
          if (saved) useLabRunsStore.getState().savePoisoning(saved);
          return {
            practice: { lab: 'poisoning', attack: typed.attack, defended: typed.defence !== 'none' },
            kept: !!saved,
          };
        },
      }),
    );

  /** The sweep being run, point by point (the saved one shows once it ends). */
  const [live, setLive] = useState<{ settings: PoisoningForm; points: RatePoint[] } | null>(null);
  const sweep = () =>
    bench.start(
      () => rateSweepSettings(poisoningRaw(values)),
      (typed) => {
        setLive({ settings: typed, points: [] });
        return {
          job: { lab: 'rate-sweep', raw: poisoningRaw(typed) },
          onPoint: (m) => {
            if (m.type === 'rate-point') setLive((l) => l && { ...l, points: [...l.points, m.point] });
          },
          finish: (m, at) => {
            setLive(null);
            if (m.type !== 'rate-sweep') return null;
            const saved = toSavedRateSweep(m.points, typed, at);
            if (saved) useLabRunsStore.getState().saveRateSweep(saved);
            return {
              practice: { lab: 'poisoning', attack: typed.attack, defended: typed.defence !== 'none' },
              kept: !!saved,
            };
          },
        };
      },
    );
  const cancel = () => {
    bench.cancel();
    setLive(null);
  };

  const latest = runs.at(-1);
  // A sweep that failed leaves its partial points behind: only a running one is shown live.
  const shownSweep = (running && live) || rateSweeps.at(-1);
  return (
    <section className="lab" aria-labelledby="poisoning-run-title">
      <h2 id="poisoning-run-title">Poison the training data</h2>
      <LabForm
        ready={ready}
        refusal={refusal}
        onSubmit={poison}
        actions={
          <>
            <button type="submit" disabled={!ready || running}>
              Poison and retrain
            </button>
            <button type="button" onClick={sweep} disabled={!ready || running}>
              Plot attack success against the rate
            </button>
          </>
        }
      >
        <LabSelect
          label="Attack"
          value={values.attack}
          onChange={(v) => bench.replace(withAttack(values, v))}
          options={POISONING_ATTACKS}
        />
        <LabField
          label={backdoor ? 'Poisoned share of the training images' : 'Malicious share of the contributors'}
          value={values.rate}
          onChange={(v) => set('rate', v)}
          help={backdoor ? '0 to 0.5 of the 6,000 images (0.02 is 120)' : '0 to 1 of the 100 contributors'}
        />
        <LabSelect
          label={backdoor ? 'Source class (gets the sticker)' : 'Source class (mislabelled)'}
          value={values.source}
          onChange={(v) => set('source', v)}
          options={backdoor ? SOURCE_OPTIONS : CLASS_OPTIONS}
        />
        <LabSelect
          label="Target class"
          value={values.target}
          onChange={(v) => set('target', v)}
          options={CLASS_OPTIONS}
        />
        <LabSelect
          label="Defence"
          value={values.defence}
          onChange={(v) => set('defence', v)}
          options={POISONING_DEFENCES.map((d) => {
            const off = d.only !== null && d.only !== values.attack;
            return { value: d.value, label: off ? `${d.label} (label flip only)` : d.label, disabled: off };
          })}
        />
        <LabField
          label="Retraining epochs"
          value={values.epochs}
          onChange={(v) => set('epochs', v)}
          help="1 to 50 passes over the training set"
        />
        <LabField label="Seed" value={values.seed} onChange={(v) => set('seed', v)} />
      </LabForm>
      <LabProgress status={status} unit="epochs" onCancel={cancel} unkept={bench.unkept} />

      {latest && (
        <div className="lab-result">
          <h3>{poisoningLabel(latest.settings)}</h3>
          <p className="muted">
            Seed {latest.settings.seed}; retrained for {latest.settings.epochs} epochs; finished{' '}
            {formatDateTime(latest.at)}, kept in this browser.
          </p>
          <PoisoningFigures outcome={latest.outcome} label="What the poison did" />
          {latest.outcome.examples && latest.outcome.examples.length > 0 && (
            <PoisonedExamples
              examples={latest.outcome.examples}
              caption={
                latest.outcome.settings.attack === 'backdoor'
                  ? 'Test images with the sticker, as the retrained model tags them'
                  : 'Source-class test images, as the retrained model tags them'
              }
            />
          )}
          <LabNotes notes={latest.outcome.notes} />
        </div>
      )}
      <h3 id="rate-sweep-title">Attack success against the poison rate</h3>
      <p>
        The same attack, defence and seed at several rates, from none up. How few poisoned images does the backdoor
        need, and does the defence keep up as the rate grows?
      </p>
      {shownSweep && (
        <RateSweep
          points={shownSweep.points}
          attack={shownSweep.settings.attack}
          caption={`${poisoningLabel({ ...shownSweep.settings, rate: 'every' })}, seed ${shownSweep.settings.seed}${running && live ? ' (running)' : ''}`}
        />
      )}
      {runs.length > 0 && (
        <SavedRuns
          runs={runs}
          caption="Poisoning runs kept in this browser"
          columns={['Seed', 'Clean accuracy', 'Attack success', 'Detection recall']}
          name={(r) => poisoningLabel(r.settings)}
          cells={(r) => [
            r.settings.seed,
            percent(r.outcome.cleanAccuracy),
            percent(r.outcome.attackSuccessRate),
            percent(r.outcome.detectionRecall),
          ]}
          onClear={() => useLabRunsStore.getState().clear('poisoning')}
        />
      )}
    </section>
  );
}
