import type { ReactNode } from 'react';

/**
 * A figure with the source it comes from. `data-source` names source_key(s) from
 * datasets/workforce/sources.csv, or "hhs-ocr" for the breach data the manifest describes; the
 * browser test fails for any number on the page without one.
 */
export function Sourced({
  source,
  children,
  className,
  testId,
}: {
  source: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <span className={className} data-source={source} data-testid={testId}>
      {children}
    </span>
  );
}
