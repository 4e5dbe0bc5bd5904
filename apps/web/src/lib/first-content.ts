import { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';

/**
 * "The page's first content is on screen": what the first load waits for before it starts what the
 * first screen does not need (the socket client and its connection, the bell's count, the menu's
 * enrolments, the service worker). On a phone's slow line every request started before that paint
 * shares the line with the page's own code and data, and delays it.
 *
 * Pages whose first screen waits for their data say when it is drawn (`useFirstContent`); any other page
 * counts as drawn when it is committed (`FirstContentFallback`). Once drawn, it stays drawn for the visit.
 * A safety net marks it anyway after `SAFETY_MS`, so a page that never says so still goes live.
 */
const SAFETY_MS = 6_000;

let drawn = false;
let claimed = false;
let scheduled = false;
const listeners = new Set<() => void>();

function fire(): void {
  if (drawn) return;
  drawn = true;
  for (const listener of [...listeners]) listener();
}

/** Marks the first content drawn, once the browser has painted the current frame. Idempotent. */
export function markFirstContent(): void {
  if (drawn || scheduled) return;
  scheduled = true;
  // After the next frame is painted (a frame callback, then a task after it). A hidden tab draws no
  // frames: the timeout goes ahead without one.
  const backup = setTimeout(fire, 500);
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(backup);
      fire();
    }, 0),
  );
}

if (typeof window !== 'undefined') setTimeout(fire, SAFETY_MS);

export function isFirstContentDrawn(): boolean {
  return drawn;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the page's first content has been drawn (see above). */
export function useFirstContentDrawn(): boolean {
  return useSyncExternalStore(subscribe, isFirstContentDrawn, isFirstContentDrawn);
}

/** Resolves once the page's first content has been drawn. */
export function whenFirstContentDrawn(): Promise<void> {
  if (drawn) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = () => {
      listeners.delete(listener);
      resolve();
    };
    listeners.add(listener);
  });
}

/**
 * For a page (or a route wrapper) that says itself when its first content is drawn: `ready` once what
 * the reader came for (or an error in its place) is committed.
 */
export function useFirstContent(ready: boolean): void {
  // A layout effect runs before the passive effects of the same commit: FirstContentFallback, committed
  // beside the page, sees the claim and leaves the marking to the page.
  useLayoutEffect(() => {
    claimed = true;
  }, []);
  useEffect(() => {
    if (ready) markFirstContent();
  }, [ready]);
}

/** Beside a route's element: marks the first content drawn unless the route says so itself. */
export function FirstContentFallback(): null {
  useEffect(() => {
    if (!claimed) markFirstContent();
  }, []);
  return null;
}

/** Tests only: back to a fresh visit. */
export function resetFirstContent(value = false): void {
  drawn = value;
  claimed = false;
  scheduled = false;
}
