import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { casesDocument, METRICS_CSV_COLUMNS, metricsCsv } from '../../../src/lib/data/open-data';
import { METRIC_VOCABULARY } from '../../../src/lib/metrics/vocabulary';
import { caseEntry } from '../../fixtures/cases';

const branches = {
  label: '党支部数量',
  key: 'branches',
  before: 6,
  after: 40,
  unit: '个',
  group: '组织建设',
  source: '党支部由6个增加到40个',
};

const cases = [
  caseEntry('fengtai', {
    unitName: '丰台区人力社保局',
    metrics: [
      branches,
      {
        label: '专题讲座',
        value: 30,
        unit: '场',
        approx: '余',
        year: 2020,
        source: '讲座30余场，另有“研讨”, 共计',
      },
    ],
  }),
  caseEntry('yichun', {
    unitName: '宜春市直機關工委',
    lang: 'zh-Hant',
    metrics: [{ label: '捐款捐物', value: 16000, unit: '人次', source: '捐款捐物累計1.6萬人次' }],
  }),
];

describe('casesDocument', () => {
  const document = casesDocument(cases);

  it('holds every case with its frontmatter and address', () => {
    expect(document.cases.map(({ slug, url }) => [slug, url])).toEqual([
      ['fengtai', 'https://casebook.example.org/cases/fengtai/'],
      ['yichun', 'https://casebook.example.org/cases/yichun/'],
    ]);
    const [fengtai] = document.cases;
    expect(fengtai).toMatchObject({
      title: cases[0]?.data.title,
      unit: { name: '丰台区人力社保局' },
      lang: 'zh-Hans',
    });
    expect(document.metricKeys).toEqual(METRIC_VOCABULARY);
  });

  it('gives each metric its raw and formatted figures and the address of its passage', () => {
    expect(document.cases[0]?.metrics[0]).toEqual({
      ...branches,
      formatted: '6→40个',
      sourceUrl: 'https://casebook.example.org/cases/fengtai/#metric-source-1',
    });
    expect(document.cases[1]?.metrics[0]).toMatchObject({ value: 16000, formatted: '1.6萬人次' });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});

describe('metricsCsv', () => {
  const csv = metricsCsv(cases);

  it('starts with a byte order mark and ends lines with CRLF, for Excel', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${METRICS_CSV_COLUMNS.join(',')}`);
  });

  it('has one row per metric that a CSV reader gets back exactly', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      case_slug: 'fengtai',
      unit_name: '丰台区人力社保局',
      key: 'branches',
      label: '党支部数量',
      group: '组织建设',
      year: '',
      value: '',
      before: '6',
      after: '40',
      unit: '个',
      approx: '',
      formatted: '6→40个',
      source: '党支部由6个增加到40个',
      source_url: 'https://casebook.example.org/cases/fengtai/#metric-source-1',
    });
    expect(rows[1]).toMatchObject({
      year: '2020',
      value: '30',
      approx: '余',
      source: '讲座30余场，另有“研讨”, 共计',
    });
    expect(rows[2]).toMatchObject({ case_slug: 'yichun', value: '16000', formatted: '1.6萬人次' });
  });
});
