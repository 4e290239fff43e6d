import { describe, expect, it } from 'vitest';
import { highlightTerms, intlWordSplitter, parseQuery, searchPlan } from '../../../src/lib/search/query';
import { simplifiedFoldTable } from '../../../src/lib/search/simplified-table';

const table = simplifiedFoldTable();
// Word boundaries marked by hand with |, so the tests do not depend on the dictionary of Intl.Segmenter.
const parse = (query: string) => parseQuery(query, table, (text) => text.split('|'));

describe('intlWordSplitter', () => {
  it('splits Chinese into words and drops punctuation', () => {
    expect(intlWordSplitter()('宜春，机关')).toEqual(['宜春', '机关']);
  });
});

describe('parseQuery', () => {
  it('folds the query to simplified script', () => {
    expect(parse('機關').terms).toEqual([{ units: ['机', '关'], quoted: false }]);
  });

  it('keeps quoted phrases whole, in ASCII, Chinese and corner quotes', () => {
    for (const query of ['"党组织书记"', '“党组织书记”', '「黨組織書記」']) {
      expect(parse(query).terms).toEqual([{ units: ['党', '组', '织', '书', '记'], quoted: true }]);
    }
  });

  it('splits unquoted text into words and remembers each run as typed', () => {
    const parsed = parse('宜春|机关 郴州');
    expect(parsed.terms.map((term) => term.units.join(''))).toEqual(['宜春', '机关', '郴州']);
    expect(parsed.runs).toEqual([
      ['宜', '春', '机', '关'],
      ['郴', '州'],
    ]);
  });

  it('drops punctuation, repeats and empty input', () => {
    expect(parse('党建|+|业务 党建').terms.map((term) => term.units.join(''))).toEqual(['党建', '业务']);
    expect(parse('  “”  ').terms).toEqual([]);
  });
});

describe('highlightTerms', () => {
  it('marks a run whole rather than its single characters', () => {
    const marks = highlightTerms({
      terms: ['一', '肩', '挑'].map((unit) => ({ units: [unit], quoted: false })),
      runs: [['一', '肩', '挑']],
    });
    expect(marks).toEqual([['一', '肩', '挑']]);
  });

  it('marks the words of a run that may not occur whole', () => {
    expect(highlightTerms(parse('宜春|机关'))).toEqual([
      ['宜', '春', '机', '关'],
      ['宜', '春'],
      ['机', '关'],
    ]);
  });

  it('marks a character typed alone', () => {
    expect(highlightTerms(parse('党'))).toEqual([['党']]);
  });
});

describe('searchPlan', () => {
  it('ranks by all units, requires each word and phrase as a run, and prefers whole runs', () => {
    expect(searchPlan(parse('宜春|机关 "双述双评"'))).toEqual({
      ranked: '双 述 评 宜 春 机 关',
      phrases: ['"双 述 双 评"', '"宜 春"', '"机 关"'],
      runs: ['"宜 春 机 关"'],
    });
  });

  it('has nothing to run for an empty query', () => {
    expect(searchPlan(parse(' '))).toBeNull();
  });
});
