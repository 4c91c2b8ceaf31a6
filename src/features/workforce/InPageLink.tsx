import type { MouseEvent, ReactNode } from 'react';

/** Id of an occupation's row in the outlook table, the target of every role link. */
export function occupationRowId(key: string): string {
  return `occ-${key}`;
}

/**
 * A link to an element on this page. It scrolls the target into view and moves focus there (so
 * a keyboard user lands where the link points) without adding a #hash to the address, which the
 * app keeps for the view state. The href still works when script has not run.
 */
interface Props {
  target: string;
  children: ReactNode;
  className?: string;
  /** Where the target lands: sections at the top, table rows in the middle. */
  block?: ScrollLogicalPosition;
  data?: Record<`data-${string}`, string>;
}

export function InPageLink({ target, children, className, block = 'start', data }: Props) {
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    const el = document.getElementById(target);
    if (!el) return;
    event.preventDefault();
    el.scrollIntoView({ block });
    el.focus({ preventScroll: true });
  };
  return (
    <a href={`#${target}`} onClick={go} className={className} {...data}>
      {children}
    </a>
  );
}
