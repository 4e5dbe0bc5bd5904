import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../lib/processes.js';

export const WEB_DIR = path.join(ROOT, 'apps/web');
/** vite, the React plugin, react and playwright-core are dependencies of apps/web only. */
export const webRequire = createRequire(path.join(WEB_DIR, 'package.json'));

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

type ViteBuild = (config: Record<string, unknown>) => Promise<unknown>;

async function vite(): Promise<{ build: ViteBuild }> {
  return (await import(pathToFileURL(webRequire.resolve('vite')).href)) as { build: ViteBuild };
}

/** The web app's production build (its own vite.config.ts) into `outDir`, with a manifest of chunks. */
export async function buildWeb(outDir: string): Promise<Manifest> {
  const { build } = await vite();
  await build({
    root: WEB_DIR,
    configFile: path.join(WEB_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
  });
  return JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The baseline: an empty Vite + React app (one component, createRoot), built by the same Vite. */
export async function buildEmptyReactApp(dir: string): Promise<Manifest> {
  const { build } = await vite();
  const react = (await import(pathToFileURL(webRequire.resolve('@vitejs/plugin-react')).href)) as {
    default: () => unknown;
  };
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="nl"><head><meta charset="UTF-8" /><title>Leeg</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n',
  );
  writeFileSync(
    path.join(dir, 'src/main.jsx'),
    "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\n\nfunction App() {\n  return <h1>Hallo</h1>;\n}\n\ncreateRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);\n",
  );
  const pkg = (name: string) => path.dirname(webRequire.resolve(`${name}/package.json`));
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react.default()],
    resolve: { alias: { react: pkg('react'), 'react-dom': pkg('react-dom') } },
    build: {
      outDir: path.join(dir, 'dist'),
      emptyOutDir: true,
      manifest: true,
      sourcemap: false,
      target: 'es2022',
    },
  });
  return JSON.parse(readFileSync(path.join(dir, 'dist/.vite/manifest.json'), 'utf8')) as Manifest;
}

/** Chunks a manifest key needs before it runs: itself and its static imports, transitively. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const k of manifest[key].imports ?? []) staticClosure(manifest, k, into);
  return into;
}

export interface ChunkSizes {
  /** gzip -9 bytes of the JavaScript, in KB (1,000 bytes). */
  jsGzipKB: number;
  jsRawKB: number;
  cssGzipKB: number;
  chunks: number;
}

function sizes(outDir: string, manifest: Manifest, keys: Iterable<string>): ChunkSizes {
  let js = 0;
  let raw = 0;
  let css = 0;
  let chunks = 0;
  const cssFiles = new Set<string>();
  for (const k of keys) {
    const chunk = manifest[k]!;
    const buf = readFileSync(path.join(outDir, chunk.file));
    raw += buf.length;
    js += gzipSync(buf, { level: 9 }).length;
    chunks++;
    for (const c of chunk.css ?? []) cssFiles.add(c);
  }
  for (const c of cssFiles) css += gzipSync(readFileSync(path.join(outDir, c)), { level: 9 }).length;
  const kb = (n: number) => Math.round(n / 100) / 10;
  return { jsGzipKB: kb(js), jsRawKB: kb(raw), cssGzipKB: kb(css), chunks };
}

export interface RouteSize extends ChunkSizes {
  path: string;
  module: string;
  audience: 'participant' | 'facilitator';
  /** JavaScript the route may still fetch later (lazy chunks it imports), gzip KB. */
  lazyJsGzipKB: number;
}

/** Paths behind RequireStaff or the admin role in apps/web/src/app/router.tsx. */
const FACILITATOR_PATHS = new Set([
  '/na-afloop',
  '/mentoren',
  '/ruimtes/:roomId/dashboard',
  '/rapport',
  '/beheer',
]);

/**
 * JavaScript per route: the entry (index.html) with everything it imports statically, plus the route's lazy
 * module with its static imports, all gzip -9. Routes are read from the router: `lazy(() => import(…))`
 * names and `<Route path="…" element={…<Name />…} />`.
 */
export function routeSizes(outDir: string, manifest: Manifest): { entry: ChunkSizes; routes: RouteSize[] } {
  const router = readFileSync(path.join(WEB_DIR, 'src/app/router.tsx'), 'utf8');
  const modules = new Map(
    [...router.matchAll(/const (\w+) = lazy\(\(\) => import\('\.\/(routes\/[\w-]+)'\)\)/g)].map((m) => [
      m[1]!,
      `src/app/${m[2]!}.tsx`,
    ]),
  );
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const entry = staticClosure(manifest, entryKey);
  const routeModules = new Set(modules.values());
  const routes: RouteSize[] = [];
  // The element may wrap the route's component (e.g. <Prefetched …><RoomRoute /></Prefetched>).
  for (const m of router.matchAll(/<Route\s+path="([^"]+)"\s+element=\{([\s\S]*?)\}\s*\/>/g)) {
    const name = [...m[2]!.matchAll(/<(\w+) \/>/g)].map((n) => n[1]!).find((n) => modules.has(n));
    const module = name === undefined ? undefined : modules.get(name);
    if (!module || !manifest[module]) continue;
    const keys = staticClosure(manifest, module, new Set(entry));
    const lazy = new Set<string>();
    for (const k of keys)
      for (const d of manifest[k]!.dynamicImports ?? [])
        if (!routeModules.has(d) && !keys.has(d)) staticClosure(manifest, d, lazy);
    for (const k of keys) lazy.delete(k);
    routes.push({
      path: m[1]!,
      module,
      audience: FACILITATOR_PATHS.has(m[1]!) ? 'facilitator' : 'participant',
      ...sizes(outDir, manifest, keys),
      lazyJsGzipKB: sizes(outDir, manifest, lazy).jsGzipKB,
    });
  }
  return { entry: sizes(outDir, manifest, entry), routes };
}

export function appSize(outDir: string, manifest: Manifest): ChunkSizes {
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  return sizes(outDir, manifest, staticClosure(manifest, entryKey));
}
