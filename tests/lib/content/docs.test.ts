import { describe, expect, it } from 'vitest';
import { docHref, orderedDocs } from '../../../src/lib/content/docs';

describe('orderedDocs', () => {
  it('orders by `order`, then by slug', () => {
    const doc = (id: string, order: number) => ({ id, data: { title: id, description: id, order } });
    expect(orderedDocs([doc('data', 3), doc('guide', 2), doc('about', 1), doc('a', 3)]).map((d) => d.id)).toEqual([
      'about',
      'guide',
      'a',
      'data',
    ]);
  });

  it('links to docs/<slug>/', () => {
    expect(docHref('guide')).toBe('docs/guide/');
  });
});
