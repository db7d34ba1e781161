/**
 * The panel's agreement figures, on the merge page and in the report: the same sentences as the
 * Markdown and the command line (agreement-text.ts), so a figure that is not defined says so and
 * why in every view, and a value always comes with its interval.
 */
import { AGREEMENT_METHOD, agreementLines } from '../../lib/interview/agreement-text';
import type { PanelAgreement } from '../../lib/interview/panel-agreement';

export default function AgreementFigures({ agreement }: { agreement: PanelAgreement }) {
  return (
    <>
      <ul>
        {agreementLines(agreement).map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p className="muted">{AGREEMENT_METHOD}</p>
    </>
  );
}
