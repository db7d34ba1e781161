/** The threat form's own fields: the STRIDE category, the title, and likelihood and impact. */
import type { ElementKind, StrideCategory } from '../../lib/frameworks/ids';
import { kindName, strideFor } from '../../lib/threat-model/elements';
import { TITLE_MAX } from '../../lib/threat-model/draft';
import { ATTACK_CLASSES, type AttackClassId } from '../../lib/threat-model/attack-classes';

const SCALE = [1, 2, 3, 4, 5];

/** Only the categories that apply to the element's kind (STRIDE per element). */
export function StrideField(props: {
  id: string;
  kind: ElementKind;
  value: StrideCategory;
  onChange(stride: StrideCategory): void;
}) {
  const allowed = strideFor(props.kind);
  return (
    <div className="tm-row">
      <label htmlFor={`${props.id}-stride`}>STRIDE category</label>
      <select
        id={`${props.id}-stride`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as StrideCategory)}
      >
        {allowed.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <p className="muted tm-hint">
        A {kindName(props.kind).toLowerCase()} can have: {allowed.join(', ')}.
      </p>
    </div>
  );
}

export function TitleField(props: { id: string; value: string; error: string; onChange(title: string): void }) {
  const errorId = `${props.id}-err`;
  return (
    <div className="tm-row">
      <label htmlFor={`${props.id}-title`}>Threat title</label>
      <input
        id={`${props.id}-title`}
        value={props.value}
        maxLength={TITLE_MAX}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={!!props.error}
        aria-describedby={props.error ? errorId : undefined}
      />
      {props.error && (
        <p id={errorId} className="tm-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

function ScaleSelect(props: { id: string; label: string; value: number; onChange(v: number): void }) {
  return (
    <div className="tm-row">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {SCALE.map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>
    </div>
  );
}

export function RiskFields(props: {
  id: string;
  likelihood: number;
  impact: number;
  onChange(patch: { likelihood: number } | { impact: number }): void;
}) {
  return (
    <div className="tm-pair">
      <ScaleSelect
        id={`${props.id}-l`}
        label="Likelihood (1–5)"
        value={props.likelihood}
        onChange={(likelihood) => props.onChange({ likelihood })}
      />
      <ScaleSelect
        id={`${props.id}-i`}
        label="Impact (1–5)"
        value={props.impact}
        onChange={(impact) => props.onChange({ impact })}
      />
    </div>
  );
}

/** The attack a threat is, for a threat whose ATLAS techniques do not say it (or that names none). */
export function AttackField(props: {
  id: string;
  value: AttackClassId | undefined;
  onChange(a: AttackClassId | undefined): void;
}) {
  return (
    <div className="tm-row">
      <label htmlFor={`${props.id}-attack`}>Attack (optional)</label>
      <select
        id={`${props.id}-attack`}
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.target.value || undefined) as AttackClassId | undefined)}
      >
        <option value="">Said by the techniques and title</option>
        {ATTACK_CLASSES.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <p className="muted tm-hint">
        Name the attack when no ATLAS technique says it: the score compares attacks, not IDs.
      </p>
    </div>
  );
}
