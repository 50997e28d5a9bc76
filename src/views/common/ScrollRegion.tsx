import type { ReactNode } from 'react';

/**
 * A horizontally scrollable box for a wide table. Keyboard users must be able to scroll it,
 * so it takes focus and is a labelled region (axe rule `scrollable-region-focusable`).
 */
export function ScrollRegion({
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
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  );
}
