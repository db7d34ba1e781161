/** Run colours and plotted measures, kept apart from the chart so tables need not load uPlot. */
export const RUN_COLOURS = ['#1d4ed8', '#b91c1c', '#047857', '#a16207', '#7e22ce', '#0e7490'];

export type Metric = 'balancedFidelity' | 'fidelity' | 'fidelityUniform' | 'fidelityFraud';
