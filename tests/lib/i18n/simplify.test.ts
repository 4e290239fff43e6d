import { describe, expect, it } from 'vitest';
import { simplifiedCase, toSimplified } from '../../../src/lib/i18n/simplify';
import { caseSchema } from '../../../src/schemas/case';
import { validCase } from '../../fixtures/cases';

describe('toSimplified', () => {
  it('converts traditional characters and phrases', () => {
    expect(toSimplified('宜春市直機關黨建「三化」建設')).toBe('宜春市直机关党建「三化」建设');
    expect(toSimplified('頭髮')).toBe('头发');
  });

  it('leaves simplified text and markup alone', () => {
    expect(toSimplified('<h2 id="x">机关党建</h2>')).toBe('<h2 id="x">机关党建</h2>');
  });
});

describe('simplifiedCase', () => {
  const traditional = caseSchema.parse({
    ...validCase(),
    title: '宜春市直機關：以「三化」建設激發機關黨建新活力',
    lang: 'zh-Hant',
    unit: { name: '宜春市直機關工委', region: ['江西省', '宜春市'], level: '地市级', sector: '机关党建' },
    tags: ['机关党建', '标准化建设'],
    source: { title: '基層黨建', publisher: '宜春市直機關工委', url: 'https://example.org/%E9%BB%A8' },
    metrics: [{ label: '選派第一書記', value: 130, unit: '人', source: '共派出第一書記130人' }],
  });
  const simplified = simplifiedCase(traditional);

  it('converts the prose fields and marks the result simplified', () => {
    expect(simplified.title).toBe('宜春市直机关：以「三化」建设激发机关党建新活力');
    expect(simplified.unit.name).toBe('宜春市直机关工委');
    expect(simplified.metrics[0]).toMatchObject({ label: '选派第一书记', source: '共派出第一书记130人' });
    expect(simplified.source.title).toBe('基层党建');
    expect(simplified.lang).toBe('zh-Hans');
  });

  it('keeps the taxonomy and the source URL exactly as written', () => {
    expect(simplified.tags).toBe(traditional.tags);
    expect(simplified.unit.region).toBe(traditional.unit.region);
    expect(simplified.source.url).toBe(traditional.source.url);
  });
});
