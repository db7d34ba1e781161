/**
 * The agreement figures of one session's merged scoresheets, as the merge view and the report
 * show them. Structured interviews should measure agreement between raters (Campion, Palmer &
 * Campion 1997; Levashina et al. 2014).
 */
import { RATINGS } from './catalog';
import { fleissKappa, intraclassCorrelations, pairwiseExactAgreement, type Coefficient } from './agreement';
import { ratingMatrix } from './merge';
import type { Scoresheet } from './scoresheet';
import type { Session } from './session';

export interface PanelAgreement {
  raters: number;
  questions: number;
  /** ICC(2,1) and ICC(2,k): absolute agreement, two-way random (Shrout & Fleiss 1979). */
  icc: Coefficient<{ single: number; average: number }>;
  kappa: Coefficient<number>;
  /** Share of panelist pairs giving the same rating, over all questions. */
  exact: number | null;
  /** A caution to print beside the figures, when they rest on little data. */
  caution: string | null;
}

export function panelAgreement(session: Session, merged: readonly Scoresheet[]): PanelAgreement {
  const matrix = ratingMatrix(session, merged);
  const raters = merged.length;
  if (raters < 2) {
    const reason = `agreement needs at least 2 scoresheets (${raters} merged)`;
    return {
      raters,
      questions: matrix.length,
      icc: { ok: false, reason },
      kappa: { ok: false, reason },
      exact: null,
      caution: null,
    };
  }
  const iccs = intraclassCorrelations(matrix);
  const icc: PanelAgreement['icc'] = iccs.ok
    ? { ok: true, value: { single: iccs.value.icc2, average: iccs.value.icc2k } }
    : iccs;
  const caution =
    matrix.length < 5
      ? `With ${matrix.length} question${matrix.length === 1 ? '' : 's'} the coefficients are imprecise; read them together with the ratings side by side.`
      : null;
  return {
    raters,
    questions: matrix.length,
    icc,
    kappa: fleissKappa(matrix, RATINGS),
    exact: pairwiseExactAgreement(matrix),
    caution,
  };
}
