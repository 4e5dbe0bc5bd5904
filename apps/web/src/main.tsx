import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { languageReady } from './i18n';
import { whenFirstContentDrawn } from './lib/first-content';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// An earlier choice of English loads first, so the first screen is already in the right language.
// The first render is a transition: React yields to the browser every few milliseconds instead of
// holding the main thread for the whole tree (a phone's blocking time); the static shell of index.html
// stays on screen until it commits.
void languageReady.then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  ),
);

// The installable app once the first content is drawn: the manifest (the browser then fetches it and its
// icon) and the service worker (offline page, push; installing it downloads every built file for the cache).
if (import.meta.env.PROD)
  void whenFirstContentDrawn().then(() => {
    const manifest = document.createElement('link');
    manifest.rel = 'manifest';
    manifest.href = '/manifest.webmanifest';
    document.head.append(manifest);
    if ('serviceWorker' in navigator)
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
