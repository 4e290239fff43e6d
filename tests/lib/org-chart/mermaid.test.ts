import { describe, expect, it } from 'vitest';
import { escapeLabel, nodeLabel, orgChartToMermaid } from '../../../src/lib/org-chart/mermaid';
import { orgChartSchema } from '../../../src/schemas/org-chart';

const chart = orgChartSchema.parse({
  title: '改革后',
  caption: '党支部建到科室',
  root: {
    name: '局党组',
    role: '龙头',
    children: [
      { name: '科室党支部', count: 40, note: '科长任书记' },
      { name: '党总支', children: [{ name: '二级科室党支部' }] },
    ],
  },
});

describe('orgChartToMermaid', () => {
  it('writes a flowchart with generated ids, edges in tree order and accessible title and description', () => {
    expect(orgChartToMermaid(chart)).toBe(
      [
        'flowchart TB',
        '  accTitle: 改革后',
        '  accDescr: 党支部建到科室',
        '  n0["局党组<br/>龙头"]',
        '  n1["科室党支部 ×40<br/>科长任书记"]',
        '  n0 --> n1',
        '  n2["党总支"]',
        '  n0 --> n2',
        '  n3["二级科室党支部"]',
        '  n2 --> n3',
        '',
      ].join('\n'),
    );
  });

  it('honours the direction', () => {
    expect(orgChartToMermaid({ ...chart, direction: 'LR' })).toMatch(/^flowchart LR\n/);
  });

  it('keeps accTitle and accDescr on one line', () => {
    const source = orgChartToMermaid({ ...chart, title: '第一行\n第二行', caption: '说明\n}%%{init: {}}%%' });
    expect(source).toContain('  accTitle: 第一行 第二行\n');
    expect(source).toContain('  accDescr: 说明 init:\n');
  });
});

describe('escapeLabel', () => {
  it.each([
    ['"]) --> X[', '#quot;#93;#41; #45;#45;#gt; X#91;'],
    ['<img src=x onerror=alert(1)>', '#lt;img src#61;x onerror#61;alert#40;1#41;#gt;'],
    ['<script>alert(1)</script>', '#lt;script#gt;alert#40;1#41;#lt;/script#gt;'],
    ['a | b # c & d', 'a #124; b #35; c #amp; d'],
    ['&amp;', '#amp;amp#59;'],
    ['第一行\n第二行\r\n第三行', '第一行 第二行 第三行'],
    ['`**粗体**`', '#96;#42;#42;粗体#42;#42;#96;'],
    ['style n0 fill:#f00;', '#115;tyle n0 fill:#35;f00#59;'],
  ])('writes %j as literal text', (input, expected) => {
    expect(escapeLabel(input)).toBe(expected);
  });

  it('leaves nothing of Mermaid syntax or markup in a label', () => {
    const label = nodeLabel({
      name: '"]) --> X[<img src=x onerror=alert(1)>',
      role: '<script>',
      note: 'a|b',
    });
    // The one tag in a label is the line break the generator adds itself.
    expect(label.replace('<br/>', '')).not.toMatch(/["<>|[\]()]|-->/);
  });
});
