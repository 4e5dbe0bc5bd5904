// ESLint rule `spiegel/no-module-cycles`: no import cycle between the API's modules (ARCHITECTURE.md).
//
// A file-level cycle rule (import/no-cycle) misses what matters here: modules/a/x.ts → modules/b/y.ts and
// modules/b/z.ts → modules/a/w.ts is a cycle between the modules a and b without any file cycle. So this
// rule works on units (a module folder, or a configured group of files): it reads the value imports of every
// file under `root` once per run (TypeScript's parser, ~0.5 s for the API), and reports an import from unit A
// to unit B when B leads back to A. Type-only imports do not count: they are erased at build time and make
// no load-order or injection dependency (an entity pointing back names its target as a string, see
// membership.entity.ts). There are no exceptions: every import that closes a cycle is reported.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const CACHE_MS = 30_000;
let cache = null;

function listFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else if (/\.tsx?$/.test(e.name) && !/\.(spec|test)\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
      out.push(p);
  }
  return out;
}

/** The relative module specifiers a file imports or re-exports as values. */
function valueImports(file) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out = [];
  for (const st of sf.statements) {
    if (!st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const spec = st.moduleSpecifier.text;
    if (!spec.startsWith('.')) continue;
    if (ts.isImportDeclaration(st)) {
      const c = st.importClause;
      if (c?.isTypeOnly) continue;
      const named = c?.namedBindings;
      const onlyTypes =
        c && !c.name && named && ts.isNamedImports(named) && named.elements.length > 0
          ? named.elements.every((e) => e.isTypeOnly)
          : false;
      if (onlyTypes) continue;
    } else if (ts.isExportDeclaration(st)) {
      if (st.isTypeOnly) continue;
      const c = st.exportClause;
      if (c && ts.isNamedExports(c) && c.elements.length > 0 && c.elements.every((e) => e.isTypeOnly))
        continue;
    } else continue;
    out.push({ spec, line: sf.getLineAndCharacterOfPosition(st.getStart(sf)).line + 1 });
  }
  return out;
}

function unitOf(file, cwd, units) {
  const rel = path.relative(cwd, file).split(path.sep).join('/');
  for (const u of units) {
    const m = new RegExp(u.pattern).exec(rel);
    if (m) return u.name.replace(/\$(\d)/g, (_, i) => m[Number(i)]);
  }
  return null;
}

const resolve = (from, spec) => path.resolve(path.dirname(from), spec).replace(/\.js$/, '.ts');

/** Every unit → the units it imports values from. Also used by architecture-tables.mjs. */
export function moduleGraph(cwd, options) {
  const g = new Map();
  for (const file of listFiles(path.resolve(cwd, options.root))) {
    const a = unitOf(file, cwd, options.units);
    if (!a) continue;
    if (!g.has(a)) g.set(a, new Set());
    for (const { spec } of valueImports(file)) {
      const b = unitOf(resolve(file, spec), cwd, options.units);
      if (b && b !== a) g.get(a).add(b);
    }
  }
  return g;
}

/** The graph the rule checks, read once per run (cached for a few seconds). */
function graph(cwd, options) {
  const key = JSON.stringify(options);
  if (cache && cache.key === key && Date.now() - cache.at < CACHE_MS) return cache.graph;
  const g = moduleGraph(cwd, options);
  cache = { key, at: Date.now(), graph: g };
  return g;
}

/** A path from `from` to `to` in the graph (breadth first, so the shortest), or null. */
function findPath(g, from, to) {
  const prev = new Map([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const n = queue.shift();
    if (n === to) {
      const out = [];
      for (let x = n; x !== null; x = prev.get(x)) out.unshift(x);
      return out;
    }
    for (const m of g.get(n) ?? [])
      if (!prev.has(m)) {
        prev.set(m, n);
        queue.push(m);
      }
  }
  return null;
}

const typeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.type === 'ImportDeclaration' &&
    node.specifiers.length > 0 &&
    node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type')) ||
  (node.type === 'ExportNamedDeclaration' &&
    node.specifiers.length > 0 &&
    node.specifiers.every((s) => s.exportKind === 'type'));

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between units (modules) of the API.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          units: {
            type: 'array',
            items: {
              type: 'object',
              properties: { pattern: { type: 'string' }, name: { type: 'string' } },
              required: ['pattern', 'name'],
            },
          },
        },
        required: ['root', 'units'],
        additionalProperties: false,
      },
    ],
    messages: {
      cycle:
        'Import cycle between modules: {{path}}. A module may use another only if that one does not (even ' +
        'through others) use it back: move the shared piece down (into the lower module, common/ or the ' +
        'domain), or let the lower module offer an interface the upper one implements (ARCHITECTURE.md).',
    },
  },
  create(context) {
    const options = context.options[0];
    const cwd = context.cwd;
    const file = context.filename;
    const a = unitOf(file, cwd, options.units);
    if (!a || /\.(spec|test)\.tsx?$/.test(file)) return {};
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string' || !node.source.value.startsWith('.')) return;
      if (typeOnly(node)) return;
      const b = unitOf(resolve(file, node.source.value), cwd, options.units);
      if (!b || b === a) return;
      const back = findPath(graph(cwd, options), b, a);
      if (back) context.report({ node, messageId: 'cycle', data: { path: [a, ...back].join(' → ') } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
