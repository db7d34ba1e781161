/**
 * A box that scrolls sideways when what it holds (a wide table, a diagram) is wider than the
 * screen, so the page itself never is. It can be focused, so a keyboard can scroll it, and it is a
 * named region, so a screen reader says what it is (axe: scrollable-region-focusable). Rendered
 * on the server by Astro pages as well as inside islands; it needs no JavaScript.
 */
import type { ReactNode } from 'react';

interface Props {
  /** What the box holds, unique on the page ("Your threats", "Ratings side by side"). */
  label: string;
  className?: string;
  children: ReactNode;
}

export default function ScrollRegion({ label, className, children }: Props) {
  return (
    <div
      className={className ? `scroll-region ${className}` : 'scroll-region'}
      role="region"
      aria-label={label}
      // Focusable so a keyboard can scroll it (WCAG 2.1.1, axe's scrollable-region-focusable),
      // a case jsx-a11y's rule does not allow for.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {children}
    </div>
  );
}
