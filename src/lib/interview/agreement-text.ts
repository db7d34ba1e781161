/**
 * The agreement figures in words, the same on the merge page, in the report (page and Markdown)
 * and on the command line: a value always with its interval and reading, and a figure that is not
 * defined always says so and why, never as a number.
 */
import type { Coefficient, Computed, Interval } from './coefficient';
import { fmt } from './format';
import type { PanelAgreement } from './panel-agreement';

export interface AgreementRow {
  label: string;
  coefficient: Coefficient;
}

/** The coefficients of a panel's agreement, labelled, in the order they are shown. */
export function agreementRows(a: PanelAgreement): AgreementRow[] {
  return [
    { label: 'ICC(2,1), one panelist, absolute agreement', coefficient: a.icc.single },
    { label: `ICC(2,${a.raters}), the panel's mean rating`, coefficient: a.icc.average },
    { label: "Fleiss' kappa, levels as categories", coefficient: a.kappa },
    { label: "Krippendorff's alpha, ordinal", coefficient: a.alpha.ordinal },
    { label: "Krippendorff's alpha, interval", coefficient: a.alpha.interval },
  ];
}

/** "0.02 to 0.76", with −∞ for an interval that has no lower limit. */
export function intervalRange(i: Interval): string {
  return `${i.lower === null ? '−∞' : fmt(i.lower)} to ${fmt(i.upper)}`;
}

export function intervalText(i: Computed<Interval>): string {
  return i.ok ? `95 % CI ${intervalRange(i.value)}` : `no 95 % interval (${i.reason})`;
}

/** One coefficient as one sentence. */
export function coefficientLine({ label, coefficient: c }: AgreementRow): string {
  if (!c.ok) return `${label}: not defined for this data (${c.reason})`;
  return `${label}: ${fmt(c.value)}, ${intervalText(c.interval)}; ${c.interpretation}`;
}

/** One-line statements of the agreement figures, shared by the pages, the Markdown and the CLI. */
export function agreementLines(a: PanelAgreement): string[] {
  if (a.unmeasurable) return [`Agreement cannot be measured: ${a.unmeasurable}.`];
  const lines = agreementRows(a).map(coefficientLine);
  if (a.exact !== null) lines.push(`Exact agreement between pairs of panelists: ${Math.round(a.exact * 100)}%`);
  if (a.caution) lines.push(a.caution);
  return lines;
}

/** Where the figures and their intervals come from, for a note under them. */
export const AGREEMENT_METHOD =
  'ICC: Shrout & Fleiss (1979) two-way random, absolute agreement, with the F-based 95 % intervals of Shrout & Fleiss (1979) ' +
  'and McGraw & Wong (1996); bands after Koo & Li (2016). Kappa: Fleiss (1971); bands after Landis & Koch (1977). ' +
  "Krippendorff's alpha (Krippendorff 2011) with the ordinal and interval metrics; bands after Krippendorff (2004). " +
  'Kappa and alpha ranges: seeded percentile bootstrap over questions, given from 10 questions on.';
