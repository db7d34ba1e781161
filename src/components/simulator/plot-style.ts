/** Run colours and plotted measures, kept apart from the chart so tables need not load uPlot. */
import type { FidelityMeasure } from '../../lib/extraction/runs';

export const RUN_COLOURS = ['#1d4ed8', '#b91c1c', '#047857', '#a16207', '#7e22ce', '#0e7490'];

export type Metric = FidelityMeasure;

/** The colour of a run, the same on the plot, in its legend and in the table. */
export const runColour = (id: number) => RUN_COLOURS[id % RUN_COLOURS.length];

/** The measures the free simulator can plot, with the words its menu shows. */
export const METRICS: { value: Metric; label: string }[] = [
  { value: 'balancedFidelity', label: 'balanced fidelity' },
  { value: 'fidelity', label: 'fidelity on natural test data (1 − R_test)' },
  { value: 'fidelityUniform', label: 'fidelity on uniform inputs (1 − R_unif)' },
  { value: 'fidelityFraud', label: 'agreement on fraud transactions' },
];
