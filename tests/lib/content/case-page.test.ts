import { describe, expect, it } from 'vitest';
import { casePageCacheKey, type CasePageInputs } from '../../../src/lib/content/case-page';

interface Entry {
  id: string;
  digest?: string;
}

const page = (changes: Partial<CasePageInputs<Entry>> = {}): CasePageInputs<Entry> => ({
  entry: { id: 'a', digest: 'a1' },
  surroundings: {
    related: [{ id: 'b', digest: 'b1' }],
    previous: undefined,
    next: { id: 'c', digest: 'c1' },
    minutes: 3,
  },
  orgCharts: [{ source: 'flowchart TB', svg: '<svg></svg>' }],
  lastUpdated: '2026-11-01',
  docs: [{ id: 'guide', digest: 'g1' }],
  ...changes,
});

describe('casePageCacheKey', () => {
  it('stays the same while nothing the page shows changes', () => {
    expect(casePageCacheKey(page())).toBe(casePageCacheKey(page()));
  });

  it.each<[string, Partial<CasePageInputs<Entry>>]>([
    ['its own file', { entry: { id: 'a', digest: 'a2' } }],
    [
      'a related case',
      { surroundings: { ...page().surroundings, related: [{ id: 'b', digest: 'b2' }] } },
    ],
    ['the next case', { surroundings: { ...page().surroundings, next: { id: 'd', digest: 'd1' } } }],
    ['a drawing', { orgCharts: [{ source: 'flowchart TB', svg: undefined }] }],
    ['its date', { lastUpdated: '2026-11-02' }],
    ['a page in the footer', { docs: [{ id: 'guide', digest: 'g2' }] }],
  ])('changes with %s', (_what, changes) => {
    expect(casePageCacheKey(page(changes))).not.toBe(casePageCacheKey(page()));
  });

  it('gives no key, so no reuse, when a file has no digest', () => {
    expect(casePageCacheKey(page({ entry: { id: 'a' } }))).toBeUndefined();
    expect(
      casePageCacheKey(page({ surroundings: { ...page().surroundings, related: [{ id: 'b' }] } })),
    ).toBeUndefined();
  });
});
