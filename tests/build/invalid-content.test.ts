import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';

describe('a build with invalid case files', () => {
  it('fails and names every file, line and field that is wrong', async () => {
    const build = await buildSite({
      env: { CASEBOOK_CASES_DIR: 'tests/fixtures/invalid-cases' },
      force: true,
    });
    expect(build.code).not.toBe(0);
    const dir = 'tests/fixtures/invalid-cases';
    expect(build.output).toContain('内容检查未通过，共 8 处错误');
    expect(build.output).toContain(
      `${dir}/bad-level.mdx:8:3 unit.level：应为 省级、地市级、县区级、乡镇街道、村社区 之一，实际为 “国家级”`,
    );
    expect(build.output).toContain(`${dir}/missing-brand.mdx:2:1 brand：缺少必填字段（应为文本）`);
    expect(build.output).toContain(
      `${dir}/value-and-before.mdx:15:5 metrics[0].value：应只填 value，或只填 before 与 after，不能同时填写`,
    );
    expect(build.output).toContain(`${dir}/非法文件名.mdx:1:1 文件名即网址（slug）`);
    // Metric sources must occur in the body, with every figure written in them.
    expect(build.output).toContain(
      `${dir}/missing-source.mdx:23:5 metrics[1].source：“专题讲座”的出处在正文中找不到：“先后请专家作专题讲座30余场”`,
    );
    expect(build.output).toContain(
      `${dir}/missing-source.mdx:25:5 metrics[2].value：“培训人次”的数值 16000 没有写在出处中：“全年培训1.5万人次”`,
    );
    // Metric keys must be in the vocabulary, with its unit (a traditional case may write 個 for 个).
    expect(build.output).toContain(
      `${dir}/unknown-key.mdx:21:5 metrics[1].key：“黨員人數”的 key “party_member” 不在指标词表中`,
    );
    expect(build.output).toContain(
      `${dir}/unknown-key.mdx:28:5 metrics[2].unit：“黨總支數量”用了指标 general_branches（党总支数量），单位应为 “个”，实际为 “家”`,
    );
  });

  it('reports the same lines as npm run check for the whole bad-case corpus, before compiling any MDX', async () => {
    const dir = 'tests/fixtures/bad-cases';
    const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf-8')) as Record<string, string[]>;
    const build = await buildSite({ env: { CASEBOOK_CASES_DIR: dir }, force: true });
    expect(build.code).not.toBe(0);
    // The build stops while syncing content, before Vite bundles or renders a single MDX module.
    expect(build.output).toContain('[content] Syncing content');
    expect(build.output).not.toMatch(/Building static entrypoints|generating static routes/);
    for (const [file, lines] of Object.entries(expected)) {
      for (const line of lines) {
        // Cross-file link checks belong to npm run check (the build checks links on the built site).
        if (line.includes('站内链接')) continue;
        expect(build.output).toContain(`${dir}/${file}:${line}`);
      }
    }
  });
});
