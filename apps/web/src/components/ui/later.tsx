import { type ReactNode, useDeferredValue } from 'react';

/**
 * Draws its children in a second render, after the first one is on screen: for the parts below the fold
 * of a page that is otherwise drawn in one go when its data arrives. React renders a deferred value in
 * slices of a few milliseconds, so a phone's main thread is not blocked for long, and the first screen
 * is painted first. Use it only below the fold: what arrives there pushes nothing the reader sees.
 */
export function Later({ children }: { children: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : null;
}
