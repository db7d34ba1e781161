/** The learner's own text with the evidence marked: text nodes and <mark>, never HTML. */
import { highlightSegments } from '../../lib/scoring/highlight';
import type { Highlightable } from '../../lib/scoring/highlight';

export default function HighlightedAnswer({ text, concepts }: { text: string; concepts: readonly Highlightable[] }) {
  const segments = highlightSegments(text, concepts);
  return (
    <blockquote className="pr-answer">
      {segments.map((s, i) =>
        s.concepts.length ? (
          <mark key={i} title={s.concepts.join('; ')}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </blockquote>
  );
}
