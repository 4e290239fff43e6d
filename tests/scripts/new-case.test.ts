import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { buildSite } from '../helpers/build';
import { runScript } from '../helpers/run';

// Inside the project so that a build can read it; removed afterwards.
const dir = mkdtempSync('tests/fixtures/generated-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { CASEBOOK_CASES_DIR: dir };

describe('npm run new', () => {
  it('writes a case from flags that passes the check and builds', async () => {
    const result = runScript(
      'scripts/new-case.ts',
      [
        '--slug',
        'xuzhou-test',
        '--brand',
        '三家工作法',
        '--unit',
        '徐州市民政局',
        '--region',
        '江苏省 徐州市',
        '--level',
        '地市级',
        '--sector',
        '民政',
        '--yes',
      ],
      { env },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`已创建 ${dir}/xuzhou-test.mdx`);
    const file = readFileSync(join(dir, 'xuzhou-test.mdx'), 'utf-8');
    expect(file).toContain('region: ["江苏省", "徐州市"]');
    expect(file).toContain('draft: true');
    expect(runScript('scripts/check.ts', [], { env }).status).toBe(0);

    writeFileSync(join(dir, 'xuzhou-test.mdx'), file.replace('draft: true', 'draft: false'));
    const build = await buildSite({ env, force: true });
    expect(build.code, build.output).toBe(0);
    expect(readFileSync(join(build.outDir, 'cases/xuzhou-test/index.html'), 'utf-8')).toContain(
      '徐州市民政局：三家工作法',
    );
  });

  it('asks for each answer, and asks again after a wrong one', () => {
    const input = [
      '支部+科室',
      '丰台区人力社保局',
      '北京市、丰台区',
      '9',
      '3',
      '人力社保',
      'Bad Slug',
      'fengtai-test',
      '',
    ].join('\n');
    const result = runScript('scripts/new-case.ts', [], { env, input });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('层级应为 省级、地市级、县区级、乡镇街道、村社区 之一');
    expect(result.stderr).toContain('只能用小写英文字母、数字和连字符');
    const file = readFileSync(join(dir, 'fengtai-test.mdx'), 'utf-8');
    expect(file).toContain('level: "县区级"');
    expect(file).toContain('region: ["北京市", "丰台区"]');
    expect(runScript('scripts/check.ts', [], { env }).status).toBe(0);
  });

  it('refuses to overwrite a case or to take a bad slug', () => {
    const flags = [
      '--brand',
      'x',
      '--unit',
      'y',
      '--region',
      '北京市',
      '--level',
      '1',
      '--sector',
      's',
      '--yes',
    ];
    const again = runScript('scripts/new-case.ts', ['--slug', 'fengtai-test', ...flags], { env });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已存在，不会覆盖');
    const bad = runScript('scripts/new-case.ts', ['--slug', '丰台', ...flags], { env });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('只能用小写英文字母、数字和连字符');
  });
});
