import { describe, expect, it } from 'vitest';
import { metricTable } from '../../../src/lib/metrics/table';
import { metric } from '../../fixtures/cases';

describe('metricTable', () => {
  const metrics = [
    metric({
      label: '党支部数量',
      key: 'branches',
      before: 6,
      after: 40,
      group: '组织建设',
      source: '党支部由6个增加到40个',
    }),
    metric({
      label: '专题讲座',
      value: 30,
      unit: '场',
      approx: '余',
      group: '队伍建设',
      year: 2020,
      source: '讲座30余场',
    }),
    metric({
      label: '支部平均党员数',
      before: 30,
      after: 9,
      unit: '人',
      group: '组织建设',
      source: '平均党员数由30人减少到9人',
    }),
    metric({
      label: '未分组',
      value: 16000,
      unit: '人次',
      key: 'not_in_vocabulary',
      source: '党支部由6个增加到40个',
    }),
  ];

  it('groups rows by group in the order groups first appear, ungrouped rows in a group of their own', () => {
    const groups = metricTable(metrics, 'zh-Hans');
    expect(groups.map(({ name, rows }) => [name, rows.map(({ label }) => label)])).toEqual([
      ['组织建设', ['党支部数量', '支部平均党员数']],
      ['队伍建设', ['专题讲座']],
      [undefined, ['未分组']],
    ]);
  });

  it('gives each row its figure, passage anchor, year and vocabulary key', () => {
    const [organisation, team, other] = metricTable(metrics, 'zh-Hans');
    expect(team?.rows[0]).toEqual({
      label: '专题讲座',
      figure: '30余场',
      year: 2020,
      passageId: 'metric-source-2',
      source: '讲座30余场',
    });
    expect(organisation?.rows[0]?.key).toBe('branches');
    // The same passage as the first metric, and a key outside the vocabulary is not linked.
    expect(other?.rows[0]).toMatchObject({ figure: '1.6万人次', passageId: 'metric-source-1' });
    expect(other?.rows[0]?.key).toBeUndefined();
  });

  it('shows both figures of a change, its direction, difference and bars', () => {
    const [organisation] = metricTable(metrics, 'zh-Hant');
    expect(organisation?.rows.map(({ figure, change }) => ({ figure, change }))).toEqual([
      {
        figure: '6→40个',
        change: {
          direction: 'up',
          absolute: '+34个',
          relative: '+566.7%',
          before: '6个',
          after: '40个',
          beforeRatio: 6 / 40,
          afterRatio: 1,
        },
      },
      {
        figure: '30→9人',
        change: {
          direction: 'down',
          absolute: '-21人',
          relative: '-70%',
          before: '30人',
          after: '9人',
          beforeRatio: 1,
          afterRatio: 9 / 30,
        },
      },
    ]);
  });
});
