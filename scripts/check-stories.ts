// npm run stories:check [-- PATH… --time S --seeds N --max-states N --max-depth N --cast FILE --foreign]
// Compiles every episode in stories/ (or the folders and .ink files given), plays every route breadth
// first within a time budget per episode, prints a report; exits 1 on any error.
//   --time S        seconds per episode before it reports what it covered (default 30)
//   --seeds N       fixed seeds for a story that draws random numbers or shuffles (default 3)
//   --cast FILE     the cast (default: cast.json beside the episodes)
//   --foreign       a story from elsewhere: no cast, unknown tags and speakers are warnings
import fs from 'node:fs';
import path from 'node:path';
import type { ExploreProgress } from '../src/engine/explore';
import type { Cast } from '../src/engine/types';
import { checkEpisode, formatCheck, NO_CAST, type CheckOptions, type EpisodeCheck } from './ink/check';
import { findEpisodes, type EpisodeFile } from './ink/episodes';

const VALUED = ['--time', '--seeds', '--max-states', '--max-depth', '--cast'];
const args = process.argv.slice(2);
const number = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${name} needs a positive number (got '${args[i + 1] ?? ''}')`);
    process.exit(2);
  }
  return value;
};
const foreign = args.includes('--foreign');
const paths = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1]));
const time = number('--time');
const castArg = args.includes('--cast') ? path.resolve(args[args.indexOf('--cast') + 1] ?? '') : null;

/** The episodes a path names (a folder: its top-level .ink files; a file: itself), each with its cast. */
function episodesOf(target: string): { episode: EpisodeFile; cast: Cast }[] {
  const abs = path.resolve(target);
  if (!fs.existsSync(abs)) {
    console.error(`${target}: no such file or folder`);
    process.exit(2);
  }
  const dir = fs.statSync(abs).isDirectory() ? abs : path.dirname(abs);
  const episodes = dir === abs ? findEpisodes(abs) : [{ slug: path.basename(abs, '.ink'), file: abs }];
  if (foreign) return episodes.map((episode) => ({ episode, cast: NO_CAST }));
  const castFile = castArg ?? path.join(dir, 'cast.json');
  if (!fs.existsSync(castFile)) {
    console.error(`${target}: no ${castArg ?? 'cast.json beside it'}; name one with --cast FILE, or add --foreign for a story from elsewhere`);
    process.exit(2);
  }
  const cast = JSON.parse(fs.readFileSync(castFile, 'utf8')) as Cast;
  return episodes.map((episode) => ({ episode, cast }));
}

// One updating line on a terminal; nothing when the output goes to a file or a pipe.
const tty = process.stdout.isTTY && process.stderr.isTTY;
const progressLine = (slug: string) => (p: ExploreProgress) => {
  const line = `  ${slug}: ${p.explored} of ${p.discovered} choice states played, ${p.depth} choices deep, ${p.knotsReached} of ${p.knots} knots reached, ${(p.ms / 1000).toFixed(1)} s`;
  process.stderr.write(`\r\x1b[K${line}`);
};

const options: CheckOptions = {
  timeMs: time === undefined ? undefined : time * 1000,
  seeds: number('--seeds'),
  maxStates: number('--max-states'),
  maxDepth: number('--max-depth'),
  foreign,
};
const checks: EpisodeCheck[] = [];
for (const { episode, cast } of (paths.length ? paths : ['stories']).flatMap(episodesOf)) {
  const check = checkEpisode(episode.slug, episode.file, cast, { ...options, onProgress: tty ? progressLine(episode.slug) : undefined });
  if (tty) process.stderr.write('\r\x1b[K');
  console.log(formatCheck(check) + '\n');
  checks.push(check);
}
const errors = checks.reduce((n, c) => n + c.errors.length, 0);
const warnings = checks.reduce((n, c) => n + c.warnings.length, 0);
const ms = checks.reduce((n, c) => n + c.ms, 0);
console.log(`${checks.length} episodes, ${errors} errors, ${warnings} warnings (${(ms / 1000).toFixed(1)} s)`);
process.exit(errors > 0 ? 1 : 0);
