import { describe, expect, it } from 'vitest';
import {
  BLOCK_END,
  closeBlock,
  joinUnits,
  markedText,
  queryUnits,
  textUnits,
  unitKey,
  unitSpans,
} from '../../../src/lib/search/units';

describe('textUnits', () => {
  it('makes one unit per Han character and per run of letters or digits', () => {
    expect(textUnits('党组织书记')).toEqual(['党', '组', '织', '书', '记']);
    expect(textUnits('由6个增至40个，WeChat公众号')).toEqual([
      '由',
      '6',
      '个',
      '增',
      '至',
      '40',
      '个，',
      'WeChat',
      '公',
      '众',
      '号',
    ]);
  });

  it('hangs punctuation on the unit before it, so it never takes a position', () => {
    expect(textUnits('“支部+科室”')).toEqual(['“', '支', '部+', '科', '室”']);
    expect(textUnits('区委—街道')).toEqual(['区', '委—', '街', '道']);
  });

  it('keeps decimal numbers whole and splits at spaces', () => {
    expect(textUnits('3.5 万元 1,000 人')).toEqual(['3.5', '万', '元', '1,000', '人']);
  });

  it('reports where each unit starts', () => {
    expect(unitSpans('党建 ab')).toEqual([
      { unit: '党', start: 0 },
      { unit: '建', start: 1 },
      { unit: 'ab', start: 3 },
    ]);
  });
});

describe('keys and query units', () => {
  it('keys a unit by its letters and digits, lower-cased, as Pagefind indexes it', () => {
    expect(unitKey('部+')).toBe('部');
    expect(unitKey('WeChat')).toBe('wechat');
    expect(unitKey(closeBlock('室'))).toBe('室');
  });

  it('drops punctuation a reader types', () => {
    expect(queryUnits('党建+业务')).toEqual(['党', '建', '业', '务']);
    expect(queryUnits('“，”')).toEqual([]);
  });
});

describe('markedText', () => {
  it('puts unit text back as written', () => {
    expect(joinUnits('由 6 个 增 至 40 个， WeChat 公 众 号')).toBe('由6个增至40个，WeChat公众号');
    expect(joinUnits('Hello, world')).toBe('Hello, world');
    expect(joinUnits('“ 三 家” 工 作 法')).toBe('“三家”工作法');
  });

  it('shows a gap where a block of text ended without punctuation', () => {
    expect(joinUnits(`单 位${BLOCK_END} 丰 台 区`)).toBe('单位 丰台区');
  });

  it('marks whole occurrences of each term and leaves trailing punctuation outside the mark', () => {
    expect(markedText('支 部+ 科 室， 党 支 部', [['支', '部']])).toEqual([
      { text: '支部', mark: true },
      { text: '+科室，党', mark: false },
      { text: '支部', mark: true },
    ]);
    expect(markedText('机 构 和 机 关', [['机', '关']])).toEqual([
      { text: '机构和', mark: false },
      { text: '机关', mark: true },
    ]);
  });

  it('matches the last unit of a term by its beginning, as Pagefind does', () => {
    expect(markedText('微 信 WeChat 公 众 号', [['wech']])).toEqual([
      { text: '微信', mark: false },
      { text: 'WeChat', mark: true },
      { text: '公众号', mark: false },
    ]);
  });
});
