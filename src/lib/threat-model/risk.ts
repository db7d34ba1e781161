/**
 * Risk of a threat as likelihood × impact (each 1–5), its band, and the 5 × 5 risk matrix of a
 * model. Bands: 15 and above High, 8 to 14 Medium, below 8 Low (the usual split of a 5 × 5
 * matrix into thirds of the 1–25 range). Pure.
 */
import type { Threat } from '../content/schemas';

export type RiskBand = 'High' | 'Medium' | 'Low';

export function riskOf(t: Pick<Threat, 'likelihood' | 'impact'>): number {
  return t.likelihood * t.impact;
}

export function riskBand(risk: number): RiskBand {
  return risk >= 15 ? 'High' : risk >= 8 ? 'Medium' : 'Low';
}

export interface MatrixCell {
  likelihood: number;
  impact: number;
  band: RiskBand;
  /** Indices of the threats in this cell. */
  threats: number[];
}

/** Rows from likelihood 5 down to 1, columns impact 1 to 5: the way a risk matrix is drawn. */
export function riskMatrix(threats: Pick<Threat, 'likelihood' | 'impact'>[]): MatrixCell[][] {
  const rows: MatrixCell[][] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    const row: MatrixCell[] = [];
    for (let impact = 1; impact <= 5; impact++) {
      row.push({ likelihood, impact, band: riskBand(likelihood * impact), threats: [] });
    }
    rows.push(row);
  }
  threats.forEach((t, i) => {
    if (
      Number.isInteger(t.likelihood) &&
      Number.isInteger(t.impact) &&
      t.likelihood >= 1 &&
      t.likelihood <= 5 &&
      t.impact >= 1 &&
      t.impact <= 5
    ) {
      rows[5 - t.likelihood][t.impact - 1].threats.push(i);
    }
  });
  return rows;
}

/** Threat indices ordered by risk, highest first; ties keep their order. */
export function byRisk(threats: Pick<Threat, 'likelihood' | 'impact'>[]): number[] {
  return threats
    .map((t, i) => ({ i, r: riskOf(t) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((x) => x.i);
}
