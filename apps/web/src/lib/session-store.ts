/**
 * A tiny reactive store kept in sessionStorage (this tab only, gone when it closes): for drafts and
 * the outbox, so a reload does not lose what someone wrote. Never for tokens or anything secret.
 */
export interface SessionStore<T> {
  get(): T;
  set(next: T | ((current: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function createSessionStore<T>(
  key: string,
  initial: T,
  isValid: (value: unknown) => value is T,
): SessionStore<T> {
  let value: T | undefined;
  const listeners = new Set<() => void>();

  function load(): T {
    try {
      const raw = window.sessionStorage.getItem(key);
      if (raw) {
        const parsed: unknown = JSON.parse(raw);
        if (isValid(parsed)) return parsed;
      }
    } catch {
      // Storage disabled or damaged: start empty.
    }
    return initial;
  }

  return {
    get() {
      if (value === undefined) value = load();
      return value;
    },
    set(next) {
      const current = this.get();
      value = typeof next === 'function' ? (next as (c: T) => T)(current) : next;
      try {
        window.sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Full or disabled: it still works for this page.
      }
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
