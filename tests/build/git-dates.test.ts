import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChangedDates } from '../../src/build/git-dates';

describe('lastChangedDates', () => {
  it('gives each file the date of its newest commit, from one git log', () => {
    const repo = mkdtempSync(join(tmpdir(), 'casebook-git-'));
    const git = (args: string[], date: string) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: repo,
        env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
      });
    mkdirSync(join(repo, 'cases'));
    git(['init', '-q'], '2024-01-01T00:00:00Z');
    writeFileSync(join(repo, 'cases/a.mdx'), 'a');
    writeFileSync(join(repo, 'cases/b.mdx'), 'b');
    git(['add', '.'], '2024-01-01T00:00:00Z');
    git(['commit', '-qm', 'one'], '2024-01-01T00:00:00Z');
    writeFileSync(join(repo, 'cases/b.mdx'), 'b2');
    git(['commit', '-qam', 'two'], '2024-03-05T00:00:00Z');

    const cwd = process.cwd();
    process.chdir(repo);
    try {
      expect(Object.fromEntries(lastChangedDates('cases'))).toEqual({
        'cases/a.mdx': '2024-01-01',
        'cases/b.mdx': '2024-03-05',
      });
    } finally {
      process.chdir(cwd);
    }
  });

  it('is empty outside a repository', () => {
    const cwd = process.cwd();
    process.chdir(tmpdir());
    try {
      expect(lastChangedDates('.').size).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });
});
