import { useCallback, useSyncExternalStore } from 'react';

function list(query: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query)
    : null;
}

/** Whether a CSS media query matches now; follows changes (rotation, a keyboard attached, zoom). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const q = list(query);
      q?.addEventListener('change', onChange);
      return () => q?.removeEventListener('change', onChange);
    },
    [query],
  );
  const get = useCallback(() => list(query)?.matches ?? false, [query]);
  return useSyncExternalStore(subscribe, get, () => false);
}

/** Below this width the room is one page that scrolls as a whole (index.css uses the same 64rem). */
export const NARROW_QUERY = '(max-width: 63.98rem)';
