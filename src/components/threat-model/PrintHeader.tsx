/**
 * The printed report's first line, on paper only: which scenario the threat model is of, and
 * when it was printed (the one date format of src/lib/util/dates.ts).
 */
import { formatDateTime } from '../../lib/util/dates';
import { usePrintTime } from '../hooks/usePrintTime';

export default function PrintHeader({ title }: { title: string }) {
  const at = usePrintTime();
  if (!at) return null;
  return (
    <p className="print-only tm-print-header">
      Threat model of <strong>{title}</strong>, printed <time dateTime={at}>{formatDateTime(at)}</time>.
    </p>
  );
}
