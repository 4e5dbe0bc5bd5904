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
    if (pagesShown > 1) headingRef.current?.focus();
  }, []);

  return (
    <div className={`page page--${width}`}>
      <h1 ref={headingRef} tabIndex={-1} className="page__heading">
        {heading}
      </h1>
      {intro && <div className="page__intro">{intro}</div>}
      {children}
    </div>
  );
}
