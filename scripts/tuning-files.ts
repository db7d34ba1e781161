/**
 * The graded files the semantic scorer's model is fitted on. Never among them: the blind held-out
 * sets (tests/calibration/held-out-blind-*.jsonl) and held-out.jsonl, the word-matching scorer's
 * own held-out set.
 */
export const TUNING_FILES = [
  'tests/calibration/graded.jsonl',
  'tests/calibration/tuning-blind-a.jsonl',
  'tests/calibration/tuning-blind-b.jsonl',
  'tests/calibration/tuning-blind-c.jsonl',
];
