import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../../src/lib/content/rehype-base-links';

const links = '<a href="/cases/x/">x</a><a href="//cdn.example/a">b</a><a href="https://e.org/">c</a><a href="#m">d</a>';

function run(base: string): string {
  const tree: Root = fromHtml(links, { fragment: true });
  const transform = rehypeBaseLinks.call({} as Processor, base);
  if (transform) (transform as (tree: Root) => void)(tree);
  return toHtml(tree);
}

describe('rehypeBaseLinks', () => {
  it('puts the sub-path in front of links from the site root, and nothing else', () => {
    expect(run('/anli/')).toBe(
      '<a href="/anli/cases/x/">x</a><a href="//cdn.example/a">b</a><a href="https://e.org/">c</a><a href="#m">d</a>',
    );
  });

  it('changes nothing for a site at the root', () => {
    expect(run('/')).toBe(links);
  });
});
