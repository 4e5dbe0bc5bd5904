import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin, type Rollup } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { type BuiltRouteHint, ROUTE_HINTS, routeHintScript } from './src/app/route-hints.ts';

// `pnpm --filter @spiegel/web dev` next to a running API. The browser's Origin stays the dev server's,
// so start the API with ALLOWED_ORIGINS=http://localhost:5173 (its CSRF and socket origin checks).
const apiTarget = process.env.SPIEGEL_API_URL ?? 'http://localhost:3000';

/**
 * The app's stylesheet after the shell, at the end of the body instead of in the head: the shell (and its
 * inlined CSS) paints with the HTML alone, while the stylesheet still arrives before the app's script
 * runs (a stylesheet in the body holds the parser, and module scripts run after parsing), so no page is
 * ever drawn without it.
 */
function stylesheetAfterShell(): Plugin {
  return {
    name: 'spiegel:stylesheet-after-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/[ \t]*<link rel="stylesheet"[^>]*>\n?/g) ?? [];
        if (links.length === 0) return html;
        let out = html;
        for (const link of links) out = out.replace(link, '');
        return out.replace(/\s*<\/body>/, `\n    ${links.map((l) => l.trim()).join('\n    ')}\n  </body>`);
      },
    },
  };
}

/**
 * The deep links' hints (src/app/route-hints.ts) as an inline script in index.html's head, with each route's
 * built files: its chunk and the chunks it imports that the entry does not already bring, and their CSS.
 * The API allows exactly this script by its hash (CSP script-src).
 */
function routeHints(): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'spiegel:route-hints',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return undefined;
        const chunk = (file: string) => {
          const c = bundle[file];
          return c?.type === 'chunk' ? c : undefined;
        };
        const imported = (from: Rollup.OutputChunk, seen = new Set<string>()): Set<string> => {
          for (const file of from.imports) {
            if (seen.has(file)) continue;
            seen.add(file);
            const c = chunk(file);
            if (c) imported(c, seen);
          }
          return seen;
        };
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) throw new Error('route hints: no entry chunk');
        const withEntry = imported(entry).add(entry.fileName);
        const chunkOf = (module: string) => {
          const id = path.join(root, module);
          const found =
            chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
          if (!found) throw new Error(`route hints: no chunk for ${module}`);
          return found;
        };
        const hints: BuiltRouteHint[] = ROUTE_HINTS.map((hint) => {
          const files = [
            ...new Set(
              [hint.module, ...(hint.alsoLoads ?? [])].flatMap((module) => {
                const c = chunkOf(module);
                return [c.fileName, ...imported(c)];
              }),
            ),
          ].filter((f) => !withEntry.has(f));
          const styles = new Set(files.flatMap((f) => [...(chunk(f)?.viteMetadata?.importedCss ?? [])]));
          return {
            pattern: hint.pattern,
            requests: hint.requests,
            scripts: files.map((f) => `/${f}`),
            styles: [...styles].map((f) => `/${f}`),
          };
        });
        return [{ tag: 'script', children: routeHintScript(hints), injectTo: 'head' }];
      },
    },
  };
}

/**
 * The manifest's link leaves index.html: main.tsx adds it once the page's first content is drawn. Chromium
 * fetches the manifest and its icon as soon as it sees the link, on a phone's slow line alongside the
 * page's own code and data; installing the app needs it only later.
 */
function manifestLinkAfterFirstContent(): Plugin {
  return {
    name: 'spiegel-manifest-link-after-first-content',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<link rel="manifest"[^>]*>/, ''),
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    stylesheetAfterShell(),
    routeHints(),
    // Installable app: the manifest, and a Workbox service worker that precaches the app shell (the
    // built files, never API answers: those hold personal content) and answers every page with
    // index.html when offline. push-sw.js adds the push and notification-click handlers.
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by main.tsx once the page's first content is drawn: installing precaches every built
      // file, which on a phone's slow line would compete with the page's own code and data.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Spiegel',
        short_name: 'Spiegel',
        description: 'Samen herstellen, de ander als spiegel.',
        lang: 'nl',
        dir: 'ltr',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d6b66',
        background_color: '#f5f3ef',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['**/*.map', 'render-icons*'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/socket\.io\//],
        runtimeCaching: [],
        importScripts: ['/push-sw.js'],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    manifestLinkAfterFirstContent(),
    // Brotli and gzip next to every text file at build time, at their highest levels: the API serves
    // them as they are (express-static-gzip), so a phone on a slow line downloads a third of the bytes
    // and the server never compresses the same file twice. Source maps stay uncompressed (rarely fetched).
    compression({
      include: /\.(html|css|js|mjs|svg|json|txt)$/,
      exclude: /\.map$/,
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      logLevel: 'silent',
    }),
  ],
  resolve: {
    // Read @spiegel/domain's TypeScript source: no build step for the shared package in dev.
    conditions: ['@spiegel/source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/socket.io': { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // No "[PLUGIN_TIMINGS]" warning at the end of every build: on a busy machine the PWA plugin's
      // precache step always looks slow, and the warning reads as if something were wrong.
      checks: { bundlerTimings: false },
      // @spiegel/domain is pure functions and data (no side effects by its own rules), but its barrel
      // also re-exports the classifier and crisis lexicon, which the browser never needs. Saying so
      // lets only what the web app uses (phase labels, constants) into the bundle.
      treeshake: { moduleSideEffects: [{ test: /[\\/]packages[\\/]domain[\\/]/, sideEffects: false }] },
      output: {
        // Everything the entry imports statically in one chunk beside it, instead of a dozen small chunks
        // split off because lazy routes share them: the first load is the same bytes in 2 requests
        // instead of 14 (each a round trip on a phone's line, 6 at a time).
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
});
