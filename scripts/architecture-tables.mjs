#!/usr/bin/env node
// Regenerates the table of tables and the picture of the API's modules in ARCHITECTURE.md from the code, so
// they stay true. The picture: each module's value imports of other modules (the graph the lint rule
// spiegel/no-module-cycles checks, acyclic), drawn without the arrows implied by others (transitive
// reduction). The table:
// the owner of a table is the module whose entity declares it (@Entity('name')); "also reached from" lists the
// other places whose code touches it today, by raw SQL (FROM/JOIN/INTO/UPDATE name) or through the entity
// class (InjectRepository / getRepository / an EntityManager call). Migrations are schema, not readers.
//   node scripts/architecture-tables.mjs          print the table
//   node scripts/architecture-tables.mjs --write  rewrite it between the markers in ARCHITECTURE.md
//   node scripts/architecture-tables.mjs --check  exit 1 when ARCHITECTURE.md is out of date, or when code reaches
//                                                  another module's table in a way KNOWN_REACHES does not list
// A module's read interface for other modules' SQL is a PostgreSQL view it publishes: the view is made by a
// migration and named in the owner's `read-views.ts` (`export const READ_VIEWS = { name: 'what it shows' }`);
// reading a published view is not reaching the table. KNOWN_REACHES is the debt issue 16 still pays off: a reach
// not in it fails the check (a new violation), and so does an entry that is no longer true (keep the list short).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { API_MODULES } from './eslint/api-modules.js';
import { moduleGraph } from './eslint/no-module-cycles.js';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'apps/api/src');
const doc = join(root, 'ARCHITECTURE.md');
const START = '<!-- tables:start (node scripts/architecture-tables.mjs --write) -->';
const END = '<!-- tables:end -->';
const PICTURE_START = '<!-- modules:start (node scripts/architecture-tables.mjs --write) -->';
const PICTURE_END = '<!-- modules:end -->';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : walk(path);
    return /\.ts$/.test(name) && !/\.(spec|test)\.ts$/.test(name) ? [path] : [];
  });
}

/** `modules/<name>` → name; other top folders (realtime, seed, database) by their own name. */
function placeOf(file) {
  const parts = relative(src, file).split('/');
  return parts[0] === 'modules' ? parts[1] : parts.length > 1 ? parts[0] : 'app';
}

const files = walk(src).map((path) => ({ path, place: placeOf(path), text: readFileSync(path, 'utf8') }));
const tables = new Map(); // name → { owner, file, classes: Set }
for (const f of files) {
  const re = /@Entity\('([a-z_]+)'[^)]*\)[\s\S]*?export class (\w+)/g;
  for (const m of f.text.matchAll(re)) {
    tables.set(m[1], { owner: f.place, file: relative(root, f.path), cls: m[2], reachedFrom: new Set() });
  }
}
const views = new Map(); // name → { owner, file, what }
for (const f of files.filter((x) => x.path.endsWith('/read-views.ts'))) {
  const body = f.text.match(/READ_VIEWS\s*=\s*\{([\s\S]*?)\}\s*as const/);
  if (!body) throw new Error(`${relative(root, f.path)}: expected export const READ_VIEWS = { … } as const`);
  for (const m of body[1].matchAll(/^\s*([a-z_]+)\s*:/gm))
    views.set(m[1], { owner: f.place, file: relative(root, f.path) });
}
const byClass = new Map([...tables].map(([name, t]) => [t.cls, name]));
for (const f of files) {
  for (const m of f.text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_]+)\b/g)) {
    const t = tables.get(m[1]);
    if (t && t.owner !== f.place) t.reachedFrom.add(f.place);
  }
  const classUse =
    /(?:InjectRepository|getRepository|\.(?:find\w*|count\w*|exists\w*|save|insert|update|delete|upsert|create|increment|decrement))\(\s*(\w+)\b/g;
  for (const m of f.text.matchAll(classUse)) {
    const name = byClass.get(m[1]);
    const t = name && tables.get(name);
    if (t && t.owner !== f.place) t.reachedFrom.add(f.place);
  }
}

/**
 * Where code outside a table's owner still reaches it (raw SQL or the entity), table → places: the debt. `seed`
 * (the demo data, outside the request path) writes every table by nature and is not listed.
 */
const KNOWN_REACHES = {};
const EXEMPT = new Set(['seed']);

function reachProblems() {
  const problems = [];
  for (const [name, t] of tables) {
    const known = new Set(KNOWN_REACHES[name] ?? []);
    const now = [...t.reachedFrom].filter((p) => !EXEMPT.has(p));
    for (const p of now)
      if (!known.has(p))
        problems.push(
          `${p} reaches ${t.owner}'s table ${name}: go through ${t.owner}'s service or a view it publishes in read-views.ts`,
        );
    for (const p of known)
      if (!t.reachedFrom.has(p))
        problems.push(
          `${p} no longer reaches ${name}: remove it from KNOWN_REACHES in scripts/architecture-tables.mjs`,
        );
  }
  for (const name of Object.keys(KNOWN_REACHES))
    if (!tables.has(name)) problems.push(`KNOWN_REACHES names ${name}, which no entity declares`);
  return problems;
}

const rows = [...tables]
  .sort(([a, x], [b, y]) => x.owner.localeCompare(y.owner) || a.localeCompare(b))
  .map(
    ([name, t]) =>
      `| \`${name}\` | ${t.owner} | \`${t.file}\` | ${[...t.reachedFrom].sort().join(', ') || '—'} |`,
  );
const viewsOf = (owner) =>
  [...views]
    .filter(([, v]) => v.owner === owner)
    .map(([name]) => `\`${name}\``)
    .sort();
const owners = [...new Set([...tables.values()].map((t) => t.owner))].sort();
const viewRows = owners.filter((o) => viewsOf(o).length).map((o) => `| ${o} | ${viewsOf(o).join(', ')} |`);
const table = [
  '| table | owner (module) | entity | also reached from today |',
  '| --- | --- | --- | --- |',
  ...rows,
  ...(viewRows.length
    ? [
        '',
        'Read views the owners publish for other modules (`read-views.ts`):',
        '',
        '| owner | views |',
        '| --- | --- |',
        ...viewRows,
      ]
    : []),
].join('\n');

/** The module picture as mermaid: A --> B when A uses B and no longer path says so already. */
function modulePicture() {
  const g = moduleGraph(root, API_MODULES);
  const reaches = (from, to, skip) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length) {
      const n = queue.shift();
      for (const m of g.get(n) ?? []) {
        if (n === from && m === skip) continue;
        if (m === to) return true;
        if (!seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    }
    return false;
  };
  const id = (n) => n.replace(/-/g, '_');
  const lines = ['```mermaid', 'flowchart TD'];
  for (const n of [...g.keys()].sort()) lines.push(`  ${id(n)}[${n}]`);
  for (const [a, bs] of [...g].sort(([x], [y]) => x.localeCompare(y)))
    for (const b of [...bs].sort()) if (!reaches(a, b, b)) lines.push(`  ${id(a)} --> ${id(b)}`);
  lines.push('```');
  return lines.join('\n');
}

function replaceBetween(text, start, end, body) {
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`ARCHITECTURE.md lacks the markers ${start} … ${end}`);
  return `${text.slice(0, i + start.length)}\n\n${body}\n\n${text.slice(j)}`;
}

function normalise(text) {
  return text
    .split('\n')
    .map((line) => (line.startsWith('|') ? line.replace(/ +/g, ' ').replace(/-{3,}/g, '---') : line))
    .join('\n');
}

const arg = process.argv[2];
if (!arg) {
  console.log(`${modulePicture()}\n\n${table}`);
} else {
  const text = readFileSync(doc, 'utf8');
  const next = replaceBetween(
    replaceBetween(text, START, END, table),
    PICTURE_START,
    PICTURE_END,
    modulePicture(),
  );
  if (arg === '--write') writeFileSync(doc, next);
  // Prettier pads the table's columns; compare the cells, not the padding.
  else if (arg === '--check') {
    const problems = reachProblems();
    if (normalise(next) !== normalise(text))
      problems.push(
        'ARCHITECTURE.md: the table of tables or the module picture is out of date; run node scripts/architecture-tables.mjs --write',
      );
    for (const p of problems) console.error(p);
    if (problems.length) process.exit(1);
  }
}
