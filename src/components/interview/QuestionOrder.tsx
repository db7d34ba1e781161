/**
 * The chosen questions in the order they will be asked, each with buttons to move it one place
 * earlier or later. Focus stays on the moved question's button (or its other one at an end), so
 * the order can be changed from the keyboard alone.
 */
import { useEffect, useRef } from 'react';

interface Props {
  order: string[];
  titleOf(id: string): string;
  onMove(id: string, by: -1 | 1): void;
}

export default function QuestionOrder({ order, titleOf, onMove }: Props) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const moved = useRef<{ id: string; by: -1 | 1 } | null>(null);
  useEffect(() => {
    const m = moved.current;
    if (!m) return;
    moved.current = null;
    const same = buttons.current.get(`${m.id}:${m.by}`);
    (same && !same.disabled ? same : buttons.current.get(`${m.id}:${-m.by}`))?.focus();
  }, [order]);
  const move = (id: string, by: -1 | 1) => {
    moved.current = { id, by };
    onMove(id, by);
  };
  const button = (id: string, by: -1 | 1, disabled: boolean) => (
    <button
      type="button"
      className="secondary"
      disabled={disabled}
      aria-label={`Move ${titleOf(id)} ${by < 0 ? 'up' : 'down'}`}
      ref={(el) => {
        if (el) buttons.current.set(`${id}:${by}`, el);
        else buttons.current.delete(`${id}:${by}`);
      }}
      onClick={() => move(id, by)}
    >
      {by < 0 ? 'Up' : 'Down'}
    </button>
  );
  if (order.length === 0) return null;
  return (
    <section aria-labelledby="iv-order-h" className="iv-order">
      <h3 id="iv-order-h">Order of the questions</h3>
      <ol aria-labelledby="iv-order-h">
        {order.map((id, i) => (
          <li key={id}>
            <span>{titleOf(id)}</span> {button(id, -1, i === 0)} {button(id, 1, i === order.length - 1)}
          </li>
        ))}
      </ol>
    </section>
  );
}
