type Listener = () => void;

const listeners = new WeakMap<object, Set<Listener>>();

/**
 * Calls `listener` now and each time `server` (a socket.io server) gets a new adapter (`adapterInstalled`, called by
 * `SpiegelIoAdapter` right after it installs the Redis or PostgreSQL adapter), so hooks on the
 * namespace's adapter follow the one in use without polling. Returns how to stop.
 */
export function onAdapterInstalled(server: object, listener: Listener): () => void {
  let set = listeners.get(server);
  if (!set) listeners.set(server, (set = new Set()));
  set.add(listener);
  listener();
  return () => set.delete(listener);
}

/** `server`'s namespaces now use a new adapter (`server.adapter(…)` was just called). */
export function adapterInstalled(server: object): void {
  for (const listener of listeners.get(server) ?? []) listener();
}
