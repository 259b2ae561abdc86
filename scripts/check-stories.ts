// npm run stories:check [-- DIR --max-states N --max-depth N]
// Compiles every episode in stories/, explores every route, prints a report; exits 1 on any error.
import fs from 'node:fs';
import path from 'node:path';
import { checkAll, formatCheck } from './ink/check';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const storiesDir = path.resolve(process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--')) ?? 'stories');
const cast = JSON.parse(fs.readFileSync(path.join(storiesDir, 'cast.json'), 'utf8'));
const checks = checkAll(storiesDir, cast, { maxStates: arg('--max-states'), maxDepth: arg('--max-depth') });
for (const c of checks) console.log(formatCheck(c) + '\n');
const errors = checks.reduce((n, c) => n + c.errors.length, 0);
const warnings = checks.reduce((n, c) => n + c.warnings.length, 0);
console.log(`${checks.length} episodes, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
