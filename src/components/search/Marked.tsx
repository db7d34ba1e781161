/** Text with the matched words in <mark>: segments come from the pure highlighter, rendered as text nodes only. */
import type { Segment } from '../../lib/search/highlight';

export function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
