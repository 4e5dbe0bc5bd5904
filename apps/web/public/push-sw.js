/* Spiegel's web push, imported by the generated service worker (vite-plugin-pwa / Workbox).
 * The payload carries a kind, a title, one calm line and a link: never what anyone wrote. */
/* global self */
self.addEventListener('push', (event) => {
  let data;
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const title = typeof data.title === 'string' && data.title ? data.title : 'Spiegel';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === 'string' ? data.body : '',
      tag: typeof data.tag === 'string' ? data.tag : 'spiegel',
      renotify: data.kind === 'crisis',
      requireInteraction: data.kind === 'crisis',
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      lang: 'nl',
      data: { url: typeof data.url === 'string' ? data.url : '/' },
    }),
  );
});

/** Only a path of our own origin is opened: a link in a payload can never take someone elsewhere. */
function ownUrl(raw) {
  try {
    const u = new URL(raw, self.location.origin);
    return new URL(u.pathname + u.search + u.hash, self.location.origin).href;
  } catch {
    return new URL('/', self.location.origin).href;
  }
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = ownUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        await open.focus();
        if ('navigate' in open) await open.navigate(url).catch(() => undefined);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
