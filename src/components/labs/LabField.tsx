/** The labelled fields of a lab's form: text with a help line tied to it, and a menu. */
import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange(v: string): void;
  help?: string;
}

export function LabField({ label, value, onChange, help }: Props) {
  const id = useId();
  return (
    <label>
      {label}
      <input
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...(help ? { 'aria-describedby': id } : {})}
      />
      {help && (
        <span id={id} className="lab-help">
          {help}
        </span>
      )}
    </label>
  );
}

interface SelectProps {
  label: string;
  value: string;
  onChange(v: string): void;
  options: readonly { value: string; label: string; disabled?: boolean }[];
}

export function LabSelect({ label, value, onChange, options }: SelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
