import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let pagesShown = 0;

export interface PageProps {
  /** The `<title>` part before " · Spiegel". */
  title: string;
  heading: string;
  intro?: ReactNode;
  width?: 'narrow' | 'wide';
  children?: ReactNode;
}

/**
 * One page: sets the document title and, after a client-side navigation, moves focus to the page's
 * heading so screen-reader users hear where they arrived (a full page load starts at the top anyway).
 */
export function Page({ title, heading, intro, width = 'narrow', children }: PageProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('app.titleSuffix')}`;
  }, [title, t]);

  useEffect(() => {
    pagesShown += 1;
    if (pagesShown <= 1) return;
    // Without scrolling: a page that places itself (the room on a phone opens at its newest message)
    // keeps its place; after a navigation the window is at the top anyway. In the next frame (before
    // it is painted): focusing makes the browser compute the style of the whole new page at once,
    // which it otherwise does in its own time, not inside React's commit.
    const frame = requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <div className={`page page--${width}`}>
      <h1 ref={headingRef} tabIndex={-1} className="page__heading" dir="auto">
        {heading}
      </h1>
      {intro && <div className="page__intro">{intro}</div>}
      {children}
    </div>
  );
}
