/** The free-form controls: victim, defences, attack, budget, detector, API limits and watermark. */
import type { FormEvent } from 'react';
import { attackRefusal } from '../../lib/extraction/attacks/index';
import type { FormValues } from '../../lib/extraction/form';
import { DefenceControlsField } from './DefenceControls';
import { SimulatorFields, type SetField } from './SimulatorFields';

interface Props {
  values: FormValues;
  onChange(v: FormValues): void;
  onRun(): void;
  onCancel(): void;
  running: boolean;
  error: string | null;
  /** False in the server HTML and until the island has hydrated: a click then would be lost. */
  ready?: boolean;
}

function ApiChecks({ values, set }: { values: FormValues; set: SetField }) {
  return (
    <div className="sim-checks">
      <label>
        <input type="checkbox" checked={values.watermark} onChange={(e) => set('watermark', e.target.checked)} />{' '}
        Watermark about 0.5 % of answers (DAWN)
      </label>
      <label>
        <input type="checkbox" checked={values.blockOnAlarm} onChange={(e) => set('blockOnAlarm', e.target.checked)} />{' '}
        Block the client at the detector's alarm
      </label>
    </div>
  );
}

export function SimulatorForm({ values, onChange, onRun, onCancel, running, error, ready = true }: Props) {
  const set: SetField = (k, v) => {
    const next = { ...values, [k]: v };
    // Equation solving needs the logistic regression, functionally equivalent extraction the MLP:
    // choosing the other victim moves the attack to retraining, which works against both.
    if (k === 'victim' && attackRefusal(values.attack, String(v))) next.attack = 'retrain-uniform';
    onChange(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRun();
  };
  return (
    <form className="sim-form" onSubmit={submit} noValidate>
      {/* Disabled until hydrated: text typed into the server HTML would be replaced by the
          island's state, and the run would use settings the learner never saw. */}
      <fieldset className="sim-controls" disabled={!ready}>
        <SimulatorFields values={values} set={set} />
        <DefenceControlsField chain={values.defence} onChange={(chain) => set('defence', chain)} />
        <ApiChecks values={values} set={set} />
      </fieldset>
      {error && (
        <p role="alert" className="sim-error">
          {error}
        </p>
      )}
      <div className="sim-actions">
        <button type="submit" disabled={!ready}>
          Run experiment
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={!running}>
          Cancel
        </button>
      </div>
    </form>
  );
}
