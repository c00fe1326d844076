#!/usr/bin/env node
// Finds test files explicitly (Node 20's --test does not expand globs or find .ts files)
// and runs them with node's test runner through tsx.
//   unit: *.test.ts(x) in packages/ (pure, fast)
//   int:  *.int.test.ts in packages/ (database: PGlite, or PostgreSQL when DATABASE_URL is set)
//   e2e:  e2e/*.e2e.ts (browser)
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const kinds = process.argv.slice(2);
const extraArgs = [];
const wanted = kinds.filter((k) => (k.startsWith('--') ? (extraArgs.push(k), false) : true));

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(relative(root, path));
  }
  return out;
}

const matchers = {
  unit: (f) =>
    f.startsWith('packages/') && /\.test\.tsx?$/.test(f) && !/\.int\.test\.tsx?$/.test(f),
  int: (f) => f.startsWith('packages/') && /\.int\.test\.tsx?$/.test(f),
  e2e: (f) => f.startsWith('e2e/') && /\.e2e\.ts$/.test(f),
};

const files = [];
for (const kind of wanted) {
  const match = matchers[kind];
  if (!match) {
    console.error(`unknown test kind "${kind}": use unit, int or e2e`);
    process.exit(2);
  }
  const dirs = kind === 'e2e' ? ['e2e'] : ['packages'];
  for (const d of dirs) files.push(...walk(join(root, d)).filter(match));
}
if (files.length === 0) {
  console.error(`no test files found for: ${wanted.join(', ')}`);
  process.exit(1);
}
// TEST_EXCLUDE (a regular expression over the paths) leaves files out: CI's PostgreSQL run,
// which checks the SQL dialect, leaves out what does not depend on it (.ci/run says which).
const exclude = process.env.TEST_EXCLUDE ? new RegExp(process.env.TEST_EXCLUDE) : null;
if (exclude) files.splice(0, files.length, ...files.filter((f) => !exclude.test(f)));
files.sort();
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...extraArgs, ...files],
  { stdio: 'inherit', cwd: root },
);
process.exit(result.status ?? 1);
