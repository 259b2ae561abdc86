// Lighthouse's mobile performance score of the home page and an episode, from `npm run lighthouse`
// (scripts/lighthouse.ts builds and serves the site itself). Slow (a minute or two), so opt-in.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function lighthouseScores(root: string): { home: number; episode: number } | { error: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/lighthouse.ts')], { cwd: root, encoding: 'utf8', timeout: 600_000 });
  const score = (page: string) => Number(new RegExp(`^${page}\\s+performance (\\d\\.\\d+)`, 'm').exec(run.stdout ?? '')?.[1]);
  const home = score('home');
  const episode = score('episode');
  if (Number.isFinite(home) && Number.isFinite(episode)) return { home, episode };
  return { error: `npm run lighthouse failed (exit ${run.status}): ${(run.stderr || run.stdout || '').trim().split('\n').slice(-3).join(' | ')}` };
}
