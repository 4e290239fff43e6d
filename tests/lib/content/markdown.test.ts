import { describe, expect, it } from 'vitest';
import {
  blockTexts,
  comparable,
  comparablePassage,
  isPlainText,
} from '../../../src/lib/content/markdown';

describe('blockTexts', () => {
  it('gives the text of each paragraph, heading, list item and table cell without markup', () => {
    const body = [
      '## 背景',
      '',
      '党支部由6个增加到**40个**，见[原文](https://example.org)。',
      '',
      '- **横向覆盖。** 建起党组织77个',
      '  - 楼宇308个',
      '',
      '| 指标 | 数值 |',
      '| --- | --- |',
      '| 党员 | 320名 |',
    ].join('\n');
    expect(blockTexts(body)).toEqual([
      '背景',
      '党支部由6个增加到40个，见原文。',
      '横向覆盖。 建起党组织77个',
      '楼宇308个',
      '指标',
      '数值',
      '党员',
      '320名',
    ]);
  });

  it('keeps a single tilde literal, as the pages do', () => {
    expect(blockTexts('每组3~5人')).toEqual(['每组3~5人']);
  });

  it('curls straight quotes as the pages do, which compares equal to the quotes an editor types', () => {
    const [text = ''] = blockTexts('他说"好"');
    expect(text).not.toContain('"');
    expect(comparable(text)).toBe(comparable('他说“好”'));
  });
});

describe('comparable', () => {
  it('drops whitespace of any kind, so line wraps and spacing never matter', () => {
    expect(comparable('党支部由6个\n增加到 40个\u3000')).toBe('党支部由6个增加到40个');
  });

  it('forgets the direction of quotes', () => {
    expect(comparable('“三家”')).toBe(comparable('”三家“'));
  });
});

describe('comparablePassage', () => {
  it('reads a passage written with Markdown markup as its text', () => {
    expect(comparablePassage('**横向覆盖。** 建起党组织77个')).toBe('横向覆盖。建起党组织77个');
  });

  // The passages of the seed cases and of typical figures: plain ones skip the parser, with the same result.
  const passages = [
    '500余名工作人员分在丽泽、南院、丰体时代、光彩时代、万柳桥5个办公区办公',
    '群众满意度由85.5%提升到98%，党员1,200名',
    '“支部+科室”让支部由6个增至40个',
    '機關黨建：雙述雙評（2023年）',
    '1. 建起党组织77个',
    '建起党组织77个...',
    '- 楼宇308个',
    '    缩进四格的一段',
    '网址 www.example.org 与 a_b_c',
    '~~删去~~的文字',
    '"直引号"和 -- 破折号',
  ];
  it.each(passages)('reads %j the same with or without the Markdown parser', (passage) => {
    expect(comparablePassage(passage)).toBe(comparable(blockTexts(passage).join('')));
  });

  it('sends only text without any Markdown syntax past the parser', () => {
    expect(passages.map(isPlainText)).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('remarkJoinChineseLines', () => {
  it('joins lines between Chinese characters and keeps breaks next to Latin text', () => {
    expect(blockTexts('党支部由6个\n增加到40个。\n第二句，\nthe end\nof it')).toEqual([
      '党支部由6个增加到40个。第二句，\nthe end\nof it',
    ]);
  });
});
