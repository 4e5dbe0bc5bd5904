import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A link like `/ruimtes/…#bericht-123` (from a notification) should land on that contribution:
 * once the content is there, scroll it into view and move focus to it, so keyboard and screen-reader
 * users start there too. Each hash is handled once.
 *
 * When the target is not on the page, `locate` (if given) is asked once to bring it there: load older
 * history up to it, or go to the story it is a reply to. Then the search starts again.
 */
export function useHashFocus(ready: boolean, locate?: (elementId: string) => Promise<void>): void {
  const { hash } = useLocation();
  const handled = useRef<string | null>(null);
  const located = useRef<string | null>(null);
  const locateRef = useRef(locate);
  useEffect(() => {
    locateRef.current = locate;
  });
  useEffect(() => {
    if (!ready || !hash || handled.current === hash) return;
    const elementId = decodeURIComponent(hash.slice(1));
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const attempt = () => {
      if (cancelled) return;
      // Some targets (a facilitator panel) arrive a moment later, in their own chunk.
      const target = document.getElementById(elementId);
      if (!target) {
        const find = locateRef.current;
        if (find && located.current !== hash) {
          located.current = hash;
          void find(elementId).then(
            () => {
              tries = 0;
              attempt();
            },
            () => undefined, // gone, or not for this person: the room as it is
          );
          return;
        }
        if (++tries < 20) timer = setTimeout(attempt, 150);
        return;
      }
      handled.current = hash;
      target.scrollIntoView({ block: 'center' });
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    attempt();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [ready, hash]);
}
