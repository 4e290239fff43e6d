import { describe, expect, it } from 'vitest';
import { checkFrontmatter } from '../../../src/lib/content/diagnostics';
import { SLUG_PATTERN } from '../../../src/lib/content/slug';
import { caseSchema } from '../../../src/schemas/case';
import { treeDepth, treeSize, type OrgNode } from '../../../src/schemas/org-chart';
import { editedCase, syntheticCase } from '../../../scripts/bench/lib/synthetic-cases';

const SAMPLE = Array.from({ length: 200 }, (_, index) => syntheticCase(index));

describe('syntheticCase', () => {
  it('writes files that pass the content checks, with unique valid slugs', () => {
    for (const synthetic of SAMPLE) {
      const checked = checkFrontmatter(`${synthetic.slug}.mdx`, synthetic.text, caseSchema);
      expect(checked.diagnostics, synthetic.slug).toEqual([]);
      expect(synthetic.slug).toMatch(SLUG_PATTERN);
    }
    expect(new Set(SAMPLE.map((synthetic) => synthetic.slug)).size).toBe(SAMPLE.length);
  });

  it('has the shape of a real case: 1–3k character bodies, 1–3 org charts, 10–30 metrics, tags', () => {
    for (const { body, data } of SAMPLE) {
      expect(body.length).toBeGreaterThanOrEqual(1000);
      expect(body.length).toBeLessThanOrEqual(3000);
      expect(data.orgCharts?.length).toBeGreaterThanOrEqual(1);
      expect(data.orgCharts?.length).toBeLessThanOrEqual(3);
      expect(data.metrics?.length).toBeGreaterThanOrEqual(10);
      expect(data.metrics?.length).toBeLessThanOrEqual(30);
      expect(data.tags?.length).toBeGreaterThan(0);
      for (const chart of data.orgCharts ?? []) {
        expect(treeSize(chart.root as OrgNode)).toBeGreaterThan(2);
        expect(treeDepth(chart.root as OrgNode)).toBeLessThanOrEqual(4);
      }
    }
  });

  it('quotes every metric from its body, with the figures in digits', () => {
    for (const { body, data } of SAMPLE) {
      for (const metric of data.metrics ?? []) {
        expect(body).toContain(metric.source);
        for (const figure of [metric.value, metric.before, metric.after]) {
          if (figure !== undefined) expect(metric.source).toContain(String(figure));
        }
      }
    }
  });

  it('writes both scripts, keeping the taxonomy in simplified characters', () => {
    const traditional = SAMPLE.filter(({ data }) => data.lang === 'zh-Hant');
    expect(traditional.length).toBeGreaterThan(SAMPLE.length * 0.05);
    expect(traditional.length).toBeLessThan(SAMPLE.length * 0.3);
    for (const { body, data } of traditional) {
      expect(body).toMatch(/黨|組織|學習|服務/);
      expect(body).not.toMatch(/党|组织|学习|服务/);
      expect(data.unit.region.join('')).not.toMatch(/蘇|門|東|廣|蘭/);
    }
  });

  it('is deterministic: a case is the same on every run, whatever was generated before', () => {
    expect(syntheticCase(123).text).toBe(SAMPLE[123]?.text);
    expect(syntheticCase(7).text).not.toBe(syntheticCase(8).text);
  });
});

describe('editedCase', () => {
  it('changes the body and keeps the file valid', () => {
    const synthetic = SAMPLE[0];
    if (!synthetic) throw new Error('no sample');
    const edited = editedCase(synthetic.text, 1);
    expect(edited).not.toBe(synthetic.text);
    expect(edited.startsWith(synthetic.text.trimEnd())).toBe(true);
    expect(checkFrontmatter('x.mdx', edited, caseSchema).diagnostics).toEqual([]);
  });
});
