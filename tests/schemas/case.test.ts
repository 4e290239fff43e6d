import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { ORG_CHART_MAX_DEPTH, ORG_CHART_MAX_NODES, type OrgNode } from '../../src/schemas/org-chart';
import { validCase } from '../fixtures/cases';

/** The field paths a case fails on, as `a.b[0].c` strings. */
function failingPaths(input: unknown): string[] {
  const result = caseSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join(''),
  );
}

/** A copy of `base` with the field at `path` set to `value` (removed when `value` is undefined). */
function withField(base: unknown, path: string, value: unknown): unknown {
  const input = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  const last = keys.pop() as string | number;
  const parent = keys.reduce<Record<string | number, unknown>>(
    (node, key) => node[key] as Record<string | number, unknown>,
    input,
  );
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return input;
}

function chain(depth: number): OrgNode {
  return depth === 1 ? { name: `第${depth}层` } : { name: `第${depth}层`, children: [chain(depth - 1)] };
}

const metric = validCase().metrics?.[1];
const chart = validCase().orgCharts?.[0];

describe('caseSchema', () => {
  it('accepts a complete case and fills defaults for a minimal one', () => {
    expect(caseSchema.safeParse(validCase()).success).toBe(true);
    const minimal = ['tags', 'lang', 'draft', 'orgCharts', 'metrics', 'slogan'].reduce<unknown>(
      (input, field) => withField(input, field, undefined),
      validCase(),
    );
    const parsed = caseSchema.parse(minimal);
    expect(parsed).toMatchObject({ lang: 'zh-Hans', draft: false, tags: [], orgCharts: [], metrics: [] });
  });

  it.each([
    ['a level outside the five', 'unit.level', '国家级', 'unit.level'],
    ['a missing brand', 'brand', undefined, 'brand'],
    ['a title over 60 characters', 'title', '字'.repeat(61), 'title'],
    ['a summary under 20 characters', 'summary', '太短', 'summary'],
    ['an empty region', 'unit.region', [], 'unit.region'],
    ['five region levels', 'unit.region', ['a', 'b', 'c', 'd', 'e'], 'unit.region'],
    ['a duplicate tag', 'tags', ['支部建设', '支部建设'], 'tags[1]'],
    ['a tag over 12 characters', 'tags', ['字'.repeat(13)], 'tags[0]'],
    ['13 tags', 'tags', Array.from({ length: 13 }, (_, i) => `标签${i}`), 'tags'],
    ['an unknown language', 'lang', 'en', 'lang'],
    ['a date that does not exist', 'source.date', '2021-02-30', 'source.date'],
    ['a date in another format', 'source.date', '2021/12/21', 'source.date'],
    ['a javascript: source URL', 'source.url', 'javascript:alert(1)', 'source.url'],
    ['a missing publisher', 'source.publisher', undefined, 'source.publisher'],
    ['a misspelt field', 'brnad', 'x', ''],
    ['a metric with both value and before', 'metrics.1.before', 6, 'metrics[1].value'],
    ['a metric with no figure', 'metrics.1.value', undefined, 'metrics[1].value'],
    ['a metric with before but no after', 'metrics.0.after', undefined, 'metrics[0].after'],
    ['a figure written as a string', 'metrics.1.value', '30', 'metrics[1].value'],
    ['an unknown approx mark', 'metrics.1.approx', '左右', 'metrics[1].approx'],
    ['a source under 4 characters', 'metrics.1.source', '30场', 'metrics[1].source'],
    ['a metric without unit', 'metrics.1.unit', undefined, 'metrics[1].unit'],
    ['41 metrics', 'metrics', Array.from({ length: 41 }, () => metric), 'metrics'],
    ['5 org charts', 'orgCharts', Array.from({ length: 5 }, () => chart), 'orgCharts'],
    ['a direction other than TB or LR', 'orgCharts.0.direction', 'RL', 'orgCharts[0].direction'],
    ['a count of zero', 'orgCharts.0.root.children.0.count', 0, 'orgCharts[0].root.children[0].count'],
  ])('rejects %s', (_name, field, value, path) => {
    expect(failingPaths(withField(validCase(), field, value))).toContain(path);
  });

  it(`limits an org chart to ${ORG_CHART_MAX_DEPTH} levels and ${ORG_CHART_MAX_NODES} nodes`, () => {
    const withRoot = (root: OrgNode) => ({ ...validCase(), orgCharts: [{ title: '架构', root }] });
    expect(caseSchema.safeParse(withRoot(chain(ORG_CHART_MAX_DEPTH))).success).toBe(true);
    expect(failingPaths(withRoot(chain(ORG_CHART_MAX_DEPTH + 1)))).toContain('orgCharts[0].root');
    const wide = (n: number): OrgNode => ({
      name: '根',
      children: Array.from({ length: n - 1 }, (_, i) => ({ name: `支部${i}` })),
    });
    expect(caseSchema.safeParse(withRoot(wide(ORG_CHART_MAX_NODES))).success).toBe(true);
    expect(failingPaths(withRoot(wide(ORG_CHART_MAX_NODES + 1)))).toContain('orgCharts[0].root');
  });

  it('reads YAML dates and bare years as the date strings editors meant', () => {
    const input = validCase();
    (input.source as { date: unknown }).date = new Date('2021-12-21T00:00:00Z');
    expect(caseSchema.parse(input).source.date).toBe('2021-12-21');
    (input.source as { date: unknown }).date = 2021;
    expect(caseSchema.parse(input).source.date).toBe('2021');
  });
});
