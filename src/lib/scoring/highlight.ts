/**
 * Cuts the learner's answer into plain and highlighted segments from the evidence spans, for
 * the practice island to render as text nodes and <mark> elements (never as HTML).
 */
/** What a highlight reads of a concept: its label and where the answer says it. */
export interface Highlightable {
  label: string;
  evidence: readonly { start: number; end: number }[];
}

export interface Segment {
  text: string;
  /** Labels of the concepts this stretch is evidence for; empty for plain text. */
  concepts: string[];
}

/** Segments covering the whole text, in order; overlapping evidence is merged into one mark. */
export function highlightSegments(text: string, concepts: readonly Highlightable[]): Segment[] {
  const spans = concepts
    .flatMap((c) => c.evidence.map((e) => ({ start: e.start, end: e.end, label: c.label })))
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  let i = 0;
  while (i < spans.length) {
    const start = Math.max(spans[i].start, at);
    let end = spans[i].end;
    const labels = new Set<string>();
    while (i < spans.length && spans[i].start < end) {
      end = Math.max(end, spans[i].end);
      labels.add(spans[i].label);
      i++;
    }
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), concepts: [] });
    segments.push({ text: text.slice(start, end), concepts: [...labels] });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), concepts: [] });
  return segments;
}
