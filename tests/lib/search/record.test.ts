import { describe, expect, it } from 'vitest';
import { searchRecord } from '../../../src/lib/search/record';
import { caseSchema } from '../../../src/schemas/case';
import { validCase } from '../../fixtures/cases';

const data = caseSchema.parse({
  ...validCase(),
  title: '宜春市直機關：以「三化」建設激發機關黨建新活力',
  brand: '基層黨建「三化」建設',
  unit: { name: '宜春市直機關工委', region: ['江西省', '宜春市'], level: '地市级', sector: '机关党建' },
  tags: ['机关党建', '双述双评'],
  lang: 'zh-Hant',
  source: { title: '宜春市直機關基層黨建「三化」建設', publisher: '宜春市直機關工委', date: '2021-05' },
});

describe('searchRecord', () => {
  it('keeps title, brand, unit, region and script as written, to show with a result', () => {
    expect(searchRecord(data).meta).toEqual({
      title: data.title,
      brand: '基層黨建「三化」建設',
      unit: '宜春市直機關工委',
      region: '江西省宜春市',
      lang: 'zh-Hant',
    });
  });

  it('files the case under its province, level, sector, tags and source year', () => {
    expect(searchRecord(data).filters).toEqual([
      ['province', '江西省'],
      ['level', '地市级'],
      ['sector', '机关党建'],
      ['tag', '机关党建'],
      ['tag', '双述双评'],
      ['year', '2021'],
    ]);
    expect(searchRecord({ ...data, source: { ...data.source, date: undefined } }).filters.at(-1)).toEqual([
      'tag',
      '双述双评',
    ]);
  });
});
