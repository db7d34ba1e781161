/** Run colours and plotted measures, kept apart from the chart so tables need not load uPlot. */
import type { FidelityMeasure } from '../../lib/extraction/runs';

/**
 * Okabe and Ito's colour-blind-safe palette ("Color Universal Design", 2008): blue, vermillion,
 * bluish green, reddish purple, orange, sky blue. Colour is never the only cue: each run also has
 * its own dash pattern, in the plot and in the legend.
 */
export const RUN_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/** Dash patterns (canvas setLineDash, SVG stroke-dasharray): solid, dashed, dotted, dash-dot, long, dash-dot-dot. */
export const RUN_DASHES: number[][] = [[], [8, 4], [2, 3], [8, 3, 2, 3], [14, 4], [8, 3, 2, 3, 2, 3]];

export const runDash = (id: number) => RUN_DASHES[id % RUN_DASHES.length];

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
