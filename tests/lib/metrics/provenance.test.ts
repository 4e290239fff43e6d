import { describe, expect, it } from 'vitest';
import { checkFrontmatter, formatDiagnostic } from '../../../src/lib/content/diagnostics';
import { checkMetricSources, sourcePassages, statedFigures } from '../../../src/lib/metrics/provenance';
import { caseSchema } from '../../../src/schemas/case';
import { caseFile } from '../../fixtures/cases';

const FILE = 'content/cases/x.mdx';

function check(contents: string): string[] {
  const checked = checkFrontmatter(FILE, contents, caseSchema);
  if (!('locate' in checked)) throw new Error(checked.diagnostics.map(formatDiagnostic).join('\n'));
  return checkMetricSources(FILE, checked.data.metrics, checked.body, checked.locate).map(formatDiagnostic);
}

const branches = `  - label: "党支部数量"
    before: 6
    after: 40
    unit: "个"
    source: "党支部由6个增加到40个"`;
const lectures = `  - label: "专题讲座"
    value: 30
    unit: "场"
    approx: "余"
    source: "先后请专家作专题讲座30余场"`;

describe('checkMetricSources', () => {
  it('accepts passages that occur in the body, whatever the line wraps and markup', () => {
    const body = '调整后，党支部由6个\n增加到**40个**。\n\n- 先后请专家作专题讲座30余场';
    expect(check(caseFile(`${branches}\n${lectures}`, body))).toEqual([]);
  });

  it('names the file, line, metric label and missing passage', () => {
    expect(check(caseFile(`${branches}\n${lectures}`, '调整后，党支部由6个增加到40个。'))).toEqual([
      `${FILE}:23:5 metrics[1].source：“专题讲座”的出处在正文中找不到：“先后请专家作专题讲座30余场”（应从正文同一段中原样复制）`,
    ]);
  });

  it('does not join a passage across two paragraphs', () => {
    expect(check(caseFile(branches, '调整后，党支部由6个\n\n增加到40个。'))).toHaveLength(1);
  });

  it('requires every figure of a metric to be written in its passage', () => {
    const metrics = `  - label: "党支部数量"
    before: 5
    after: 40
    unit: "个"
    source: "党支部由6个增加到40个"
  - label: "培训人次"
    value: 16000
    unit: "人次"
    source: "全年培训1.5万人次"`;
    expect(check(caseFile(metrics, '党支部由6个增加到40个。全年培训1.5万人次。'))).toEqual([
      `${FILE}:15:5 metrics[0].before：“党支部数量”的数值 5 没有写在出处中：“党支部由6个增加到40个”（应写作 5）`,
      `${FILE}:20:5 metrics[1].value：“培训人次”的数值 16000 没有写在出处中：“全年培训1.5万人次”（应写作 16000 或 1.6万）`,
    ]);
  });

  it('accepts figures written with 万 or 萬', () => {
    const metrics = `  - label: "培训人次"
    value: 16000
    unit: "人次"
    source: "捐款捐物累計1.6萬人次"`;
    expect(check(caseFile(metrics, '捐款捐物累計1.6萬人次。'))).toEqual([]);
  });
});

describe('statedFigures', () => {
  it.each([
    ['捐款捐物累计1.6万人次', [1.6, 16000]],
    ['每年拿出100多萬元', [100, 1000000]],
    ['受益职工达2萬多人次', [2, 20000]],
    ['全年投入5亿元', [5, 500000000]],
    ['培训1,200人次', [1200]],
    ['优秀比例核减3%—5%', [3, 5]],
    ['1个党支部常常横跨2至3个办公区', [1, 2, 3]],
  ])('reads the figures of “%s”', (passage, figures) => {
    expect([...statedFigures(passage)].sort((a, b) => a - b)).toEqual(figures);
  });

  it('does not read a figure out of a longer number', () => {
    expect(statedFigures('共有300名党员').has(30)).toBe(false);
  });
});

describe('sourcePassages', () => {
  it('numbers distinct passages and gives metrics citing one passage the same id', () => {
    const { passages, ids } = sourcePassages([
      { source: '党支部由6个增加到40个' },
      { source: '先后请专家作专题讲座30余场' },
      { source: '党支部由6个 增加到40个' },
    ]);
    expect(passages).toEqual([
      { id: 'metric-source-1', text: '党支部由6个增加到40个' },
      { id: 'metric-source-2', text: '先后请专家作专题讲座30余场' },
    ]);
    expect(ids).toEqual(['metric-source-1', 'metric-source-2', 'metric-source-1']);
  });
});
