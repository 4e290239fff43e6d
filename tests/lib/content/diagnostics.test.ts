import { describe, expect, it } from 'vitest';
import { checkFrontmatter, formatDiagnostic } from '../../../src/lib/content/diagnostics';
import { caseSchema } from '../../../src/schemas/case';
import { caseFile } from '../../fixtures/cases';

const FILE = 'content/cases/x.mdx';

const valid = caseFile(
  `  - label: "党支部数量"
    value: 15
    unit: "个"
    source: "共有党支部15个"`,
  '正文。',
);

const lines = (contents: string) => checkFrontmatter(FILE, contents, caseSchema).diagnostics.map(formatDiagnostic);

describe('checkFrontmatter', () => {
  it('returns the parsed data and no diagnostics for a valid file', () => {
    const result = checkFrontmatter(FILE, valid, caseSchema);
    expect(result.diagnostics).toEqual([]);
    expect(result.data?.unit.level).toBe('县区级');
  });

  it('gives a valid file’s body and where each field is written', () => {
    const result = checkFrontmatter(FILE, valid, caseSchema);
    if (!('locate' in result)) throw new Error('expected a valid file');
    expect(result.body).toBe('\n正文。\n');
    expect(result.locate(['metrics', 0, 'source'])).toEqual({ line: 17, column: 5 });
    expect(result.locate(['unit', 'level'])).toEqual({ line: 8, column: 3 });
  });

  it('points at the line and column of the wrong field, in Chinese', () => {
    expect(lines(valid.replace('"县区级"', '"国家级"'))).toEqual([
      `${FILE}:8:3 unit.level：应为 省级、地市级、县区级、乡镇街道、村社区 之一，实际为 “国家级”`,
    ]);
  });

  it('reports every problem of a file, not just the first', () => {
    const broken = valid.replace('"县区级"', '"国家级"').replace('    value: 15', '    value: "15"').replace('brand: "测试品牌"\n', '');
    expect(lines(broken)).toEqual([
      `${FILE}:2:1 brand：缺少必填字段（应为文本）`,
      `${FILE}:7:3 unit.level：应为 省级、地市级、县区级、乡镇街道、村社区 之一，实际为 “国家级”`,
      `${FILE}:14:5 metrics[0].value：应为数字，实际为 “15”`,
    ]);
  });

  it('names a misspelt field where it is written', () => {
    expect(lines(valid.replace('brand:', 'brnad:'))).toContain(`${FILE}:2:1 brand：缺少必填字段（应为文本）`);
    expect(lines(valid.replace('brand:', 'brnad:'))).toContain(`${FILE}:3:1 不认识的字段 “brnad”（检查拼写，或删去）`);
  });

  it('explains sizes with what was written', () => {
    expect(lines(valid.replace('title: "测试单位：一个案例"', `title: "${'字'.repeat(61)}"`))).toEqual([
      `${FILE}:2:1 title：应至多 60 个字符，实际为 61 个字符`,
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const [line] = lines(valid.replace('  sector: "测试"', '  sector: "测试'));
    expect(line).toMatch(/^content\/cases\/x\.mdx:\d+:\d+ YAML 语法错误/);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const bomb = `---\na: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n`;
    expect(lines(bomb)[0]).toMatch(/YAML 无法读取/);
  });

  it('asks for a frontmatter block when there is none', () => {
    expect(lines('正文而已')).toEqual([`${FILE}:1:1 文件应以 --- 开头的 frontmatter（元数据）区块开始，并以 --- 结束`]);
  });
});

describe('a file saved with a byte-order mark', () => {
  it('reads as the same file', () => {
    expect(checkFrontmatter(FILE, `\uFEFF${valid}`, caseSchema).diagnostics).toEqual([]);
  });
});
