/** A labelled text field of a lab's form, with its help line tied to it for screen readers. */
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
