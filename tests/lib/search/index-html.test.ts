import { describe, expect, it } from 'vitest';
import { searchablePage } from '../../../src/lib/search/index-html';
import { simplifiedFoldTable } from '../../../src/lib/search/simplified-table';
import { BLOCK_END } from '../../../src/lib/search/units';

const table = simplifiedFoldTable();
const page = (body: string, lang = 'zh-CN') =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>导航</nav>${body}</body></html>`;

function indexed(html: string) {
  const result = searchablePage(html, table);
  if (!result) throw new Error('not indexed');
  return result;
}

describe('searchablePage', () => {
  it('leaves pages without data-pagefind-body out of the index', () => {
    expect(searchablePage(page('<main><h1>首页</h1></main>'), table)).toBeNull();
  });

  it('folds and cuts the indexed text into units, and only that text', () => {
    const result = indexed(
      page(
        '<article data-pagefind-body data-title="機關黨建"><h1>機關黨建</h1><p>雙述<strong>雙評</strong>。</p></article>',
        'zh-Hant',
      ),
    );
    expect(result.html).toContain(`<h1> 机 关 党 建${BLOCK_END} </h1>`);
    // A word runs across inline markup; the paragraph's own punctuation ends it.
    expect(result.html).toContain('<p> 双 述 <strong> 双 评。 </strong> </p>');
    expect(result.html).toContain('data-title="機關黨建"');
    expect(result.html).toContain('<nav>导航</nav>');
    expect(result.foldedText).toContain('机关党建');
  });

  it('records how to show the page in its own script again', () => {
    expect(indexed(page('<article data-pagefind-body><p>機關黨建</p></article>')).html).toMatch(
      /<span hidden data-pagefind-meta="restore\[data-restore\]" data-restore="[^"]*机機[^"]*"><\/span>/,
    );
    expect(indexed(page('<article data-pagefind-body><p>机关党建</p></article>')).html).not.toContain(
      'data-restore',
    );
  });

  it('leaves scripts and styles inside the body alone', () => {
    const result = indexed(page('<div data-pagefind-body><script>const 機 = 1;</script><p>黨</p></div>'));
    expect(result.html).toContain('<script>const 機 = 1;</script>');
  });
});
