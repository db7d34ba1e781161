/** The simulator's settings as labelled fields, each the text the learner typed (parseSettings checks it). */
import type { InputHTMLAttributes, ReactNode } from 'react';
import { ATTACK_NAMES, ATTACK_NEEDS, attackRefusal } from '../../lib/extraction/attacks/index';
import type { FormValues } from '../../lib/extraction/form';

type TextKey = { [K in keyof FormValues]: FormValues[K] extends string ? K : never }[keyof FormValues];
export type SetField = <K extends keyof FormValues>(k: K, v: FormValues[K]) => void;

interface FieldProps {
  label: string;
  field: TextKey;
  values: FormValues;
  set: SetField;
}

type InputHints = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'inputMode' | 'placeholder' | 'spellCheck' | 'aria-describedby'
>;

function TextField({ label, field, values, set, ...hints }: FieldProps & InputHints) {
  return (
    <label>
      {label}
      <input {...hints} value={values[field]} onChange={(e) => set(field, e.target.value)} />
    </label>
  );
}

function SelectField({ label, field, values, set, children }: FieldProps & { children: ReactNode }) {
  return (
    <label>
      {label}
      <select value={values[field]} onChange={(e) => set(field, e.target.value)}>
        {children}
      </select>
    </label>
  );
}

export function SimulatorFields({ values, set }: { values: FormValues; set: SetField }) {
  const field = { values, set };
  return (
    <div className="sim-grid">
      <SelectField label="Victim model" field="victim" {...field}>
        <option value="logreg">logistic regression (logreg)</option>
        <option value="mlp">small neural network (mlp)</option>
      </SelectField>
      <SelectField label="Attack" field="attack" {...field}>
        {ATTACK_NAMES.map((a) => {
          // Some attacks need one victim kind (equation solving the logistic regression's linear
          // equations, functionally equivalent extraction the MLP's kinks).
          const unusable = attackRefusal(a, values.victim) !== null;
          return (
            <option key={a} value={a} disabled={unusable}>
              {unusable ? `${a} (${ATTACK_NEEDS[a]?.label})` : a}
            </option>
          );
        })}
      </SelectField>
      {values.attack === 'substitute' && (
        <SelectField label="Public transactions chosen" field="sampling" {...field}>
          <option value="random">at random</option>
          <option value="adaptive">adaptively (Knockoff Nets' bandit)</option>
        </SelectField>
      )}
      <TextField label="Query budget" field="budget" inputMode="numeric" {...field} />
      <TextField label="Seed" field="seed" inputMode="numeric" {...field} />
      <SelectField label="Adversary" field="attacker" {...field}>
        <option value="aware">informed: adapts to how the API answers</option>
        <option value="naive">takes answers at face value</option>
      </SelectField>
      <SelectField label="Detector" field="detector" {...field}>
        <option value="none">none</option>
        <option value="prada">PRADA</option>
      </SelectField>
      <TextField label="Quota per client" field="quota" inputMode="numeric" placeholder="none" {...field} />
      <TextField
        label="Rate limit (queries per second)"
        field="rate"
        inputMode="decimal"
        placeholder="none"
        {...field}
      />
      <TextField label="Price per query ($)" field="price" inputMode="decimal" {...field} />
      <TextField label="Client accounts" field="clients" inputMode="numeric" {...field} />
      <TextField label="Watermark rate" field="watermarkRate" inputMode="decimal" {...field} />
    </div>
  );
}
