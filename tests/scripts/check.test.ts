import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run';

const BAD = 'tests/fixtures/bad-cases';
const expected = JSON.parse(readFileSync(`${BAD}/expected.json`, 'utf-8')) as Record<string, string[]>;

describe('npm run check', () => {
  it('passes the five cases', () => {
    const result = runScript('scripts/check.ts');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('检查通过：5 个案例文件没有问题。');
    expect(result.status).toBe(0);
  });

  it(`reports every problem of ${Object.keys(expected).length} bad files in one run, each with file, line and field`, () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(25);
    const result = runScript('scripts/check.ts', ['--json'], { env: { CASEBOOK_CASES_DIR: BAD } });
    expect(result.status).toBe(1);
    const { errors } = JSON.parse(result.stdout) as {
      errors: { file: string; line: number; column: number; path: string; message: string }[];
    };
    const got: Record<string, string[]> = {};
    for (const e of errors) {
      const name = e.file.slice(BAD.length + 1);
      (got[name] ??= []).push(`${e.line}:${e.column} ${e.path ? `${e.path}：` : ''}${e.message}`);
    }
    expect(got).toEqual(expected);
  });

  it('prints one line per problem for people', () => {
    const result = runScript('scripts/check.ts', [], { env: { CASEBOOK_CASES_DIR: BAD } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${BAD}/bad-level.mdx:8:3 unit.level：应为 省级、地市级、县区级、乡镇街道、村社区 之一，实际为 “国家级”\n`,
    );
    expect(result.stderr).toMatch(
      new RegExp(`共 \\d+ 处错误，涉及 ${Object.keys(expected).length} 个文件。`),
    );
  });
});
