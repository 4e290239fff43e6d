import { describe, expect, it } from 'vitest';
import {
  fold,
  parseTable,
  restore,
  restoreTable,
  restrictTable,
  serializeTable,
} from '../../../src/lib/search/fold';
import { simplifiedFoldTable } from '../../../src/lib/search/simplified-table';

const table = simplifiedFoldTable();

describe('fold', () => {
  it('folds traditional and variant characters to simplified, one for one', () => {
    expect(fold('宜春市直機關：以「三化」建設激發機關黨建新活力', table)).toBe(
      '宜春市直机关：以「三化」建设激发机关党建新活力',
    );
    // Taiwan variant forms go through standard traditional.
    expect(fold('裡著', table)).toBe('里着');
    const text = '雙述雙評與𠵾';
    expect([...fold(text, table)].length).toBe([...text].length);
  });

  it('leaves simplified text, punctuation and case alone and folds fullwidth letters and digits', () => {
    expect(fold('党建+业务，“三家”工作法 WeChat', table)).toBe('党建+业务，“三家”工作法 WeChat');
    expect(fold('５Ｇ：', table)).toBe('5G：');
  });
});

describe('fold tables for the browser', () => {
  it('round-trips through its serialized form', () => {
    const small = new Map([
      ['機', '机'],
      ['關', '关'],
    ]);
    expect(serializeTable(small)).toBe('機机關关');
    expect(parseTable(serializeTable(small))).toEqual(small);
  });

  it('keeps only entries whose folded form occurs in the index', () => {
    const restricted = restrictTable(table, new Set(['机', '关']));
    expect(restricted.get('機')).toBe('机');
    expect(restricted.get('關')).toBe('关');
    expect(restricted.has('黨')).toBe(false);
  });
});

describe('restoring a page script', () => {
  it('maps folded characters back to the ones the page uses most', () => {
    const page = '機關黨建，机关党建標籤，機關';
    const map = restoreTable(page, table);
    expect(map.get('机')).toBe('機');
    expect(map.get('党')).toBe('黨');
    expect(map.has('，')).toBe(false);
    expect(restore(fold('機關黨建', table), map)).toBe('機關黨建');
  });

  it('has nothing to restore on a simplified page', () => {
    expect(restoreTable('机关党建“三家”工作法', table).size).toBe(0);
  });
});
