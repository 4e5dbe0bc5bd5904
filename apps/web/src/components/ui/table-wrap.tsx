import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on narrow screens: focusable and named, so keyboard users can
 * scroll it too (WCAG 2.1.1).
 */
export function TableWrap({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={['table-wrap', className].filter(Boolean).join(' ')}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
