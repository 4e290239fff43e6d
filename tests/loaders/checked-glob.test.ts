import type { ContentEntryType } from 'astro';
import type { AstroConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import { markdownEntryTypes } from '../../src/loaders/checked-glob';

const entry = (body: string) => ({ id: 'a', data: {}, body, filePath: '/site/cases/a.mdx' });

const markdown: ContentEntryType = {
  extensions: ['.md'],
  getEntryInfo: () => ({ data: {}, rawData: '', body: '', slug: '' }),
  getRenderFunction: async () => async (rendered) => {
    if (rendered.body?.includes('boom')) throw new Error('插件出错');
    return { html: `<p>${rendered.body ?? ''}</p>` };
  },
};
const mdx: ContentEntryType = {
  extensions: ['.mdx'],
  getEntryInfo: markdown.getEntryInfo,
  contentModuleTypes: '',
};

describe('markdownEntryTypes', () => {
  it('renders .mdx case bodies with the Markdown renderer, at content sync', async () => {
    const types = markdownEntryTypes(
      new Map([
        ['.md', markdown],
        ['.mdx', mdx],
      ]),
      { skip: () => false, onError: () => {} },
    );
    const render = await types.get('.mdx')?.getRenderFunction?.({} as AstroConfig);
    expect(types.get('.mdx')?.contentModuleTypes).toBeUndefined();
    expect(await render?.(entry('{花括号} 与 3 < 5'))).toEqual({ html: '<p>{花括号} 与 3 < 5</p>' });
    expect(types.get('.md')).toBe(markdown);
  });

  it('reports a body that fails to render instead of leaving the page empty', async () => {
    const errors: string[] = [];
    const types = markdownEntryTypes(
      new Map([
        ['.md', markdown],
        ['.mdx', mdx],
      ]),
      { skip: () => false, onError: (failed, message) => errors.push(`${failed.filePath}：${message}`) },
    );
    const render = await types.get('.mdx')?.getRenderFunction?.({} as AstroConfig);
    await expect(render?.(entry('boom'))).rejects.toThrow('插件出错');
    expect(errors).toEqual(['/site/cases/a.mdx：正文无法渲染：插件出错']);
  });

  it('leaves the body of a file the checks rejected unrendered', async () => {
    const types = markdownEntryTypes(
      new Map([
        ['.md', markdown],
        ['.mdx', mdx],
      ]),
      { skip: (entry) => entry.id === 'a', onError: () => expect.fail('nothing to report') },
    );
    const render = await types.get('.mdx')?.getRenderFunction?.({} as AstroConfig);
    expect(await render?.(entry('boom'))).toEqual({ html: '' });
  });

  it('leaves the entry types alone when Astro hands over no Markdown renderer', () => {
    const types = new Map([['.mdx', mdx]]);
    expect(markdownEntryTypes(types, { skip: () => false, onError: () => {} })).toBe(types);
  });
});
