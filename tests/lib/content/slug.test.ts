import { describe, expect, it } from 'vitest';
import { InvalidSlugError, slugFromPath } from '../../../src/lib/content/slug';

describe('slugFromPath', () => {
  it('takes the file name without extension as the slug', () => {
    expect(slugFromPath('content/cases/fengtai-hrss-zhibu-keshi.mdx')).toBe('fengtai-hrss-zhibu-keshi');
    expect(slugFromPath('case-2024.mdx')).toBe('case-2024');
  });

  it.each(['丰台.mdx', 'Fengtai.mdx', 'feng_tai.mdx', 'feng--tai.mdx', '-feng.mdx', 'feng tai.mdx', '.mdx'])(
    'rejects %s with a message an editor can act on',
    (name) => {
      expect(() => slugFromPath(`content/cases/${name}`)).toThrow(InvalidSlugError);
      expect(() => slugFromPath(`content/cases/${name}`)).toThrow(/小写英文字母、数字和连字符/);
    },
  );
});
