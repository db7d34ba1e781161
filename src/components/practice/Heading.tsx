import type { ReactNode } from 'react';

/** A heading whose level is chosen by the page the island sits in. */
export default function Heading({
  level,
  id,
  children,
  focusable,
}: {
  level: number;
  id?: string;
  children: ReactNode;
  focusable?: boolean;
}) {
  const Tag = `h${Math.min(6, Math.max(2, level))}` as 'h2';
  return (
    <Tag id={id} tabIndex={focusable ? -1 : undefined}>
      {children}
    </Tag>
  );
}
