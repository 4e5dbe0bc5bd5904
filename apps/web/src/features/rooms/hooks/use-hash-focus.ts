import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A link like `/ruimtes/…#bericht-123` (from a notification) should land on that contribution:
 * once the content is there, scroll it into view and move focus to it, so keyboard and screen-reader
 * users start there too. Each hash is handled once.
 */
export function useHashFocus(ready: boolean): void {
  const { hash } = useLocation();
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash || handled.current === hash) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      // Some targets (a facilitator panel) arrive a moment later, in their own chunk.
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!target) {
        if (++tries < 20) timer = setTimeout(attempt, 150);
        return;
      }
      handled.current = hash;
      target.scrollIntoView({ block: 'center' });
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    attempt();
    return () => clearTimeout(timer);
  }, [ready, hash]);
}
