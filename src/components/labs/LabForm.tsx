/**
 * A lab's form: its fields (disabled until the island has hydrated, so nothing typed into the
 * server HTML is lost), the parser's message when a setting is refused, and the run buttons.
 */
import type { ReactNode } from 'react';

interface Props {
  ready: boolean;
  refusal: string | null;
  onSubmit(): void;
  /** The buttons under the fields; the first should be the form's submit button. */
  actions: ReactNode;
  children: ReactNode;
}

export function LabForm({ ready, refusal, onSubmit, actions, children }: Props) {
  return (
    <form
      className="sim-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <fieldset className="sim-controls" disabled={!ready}>
        <div className="sim-grid">{children}</div>
      </fieldset>
      {refusal && (
        <p role="alert" className="sim-error">
          {refusal}
        </p>
      )}
      <p className="sim-actions">{actions}</p>
    </form>
  );
}
