/** Every string of the site's own interface (zh-CN). Case content brings its own language. */
export const UI_LANG = 'zh-CN';

/**
 * The `<html lang>` of a page whose content is in a case's script. Simplified pages share the
 * interface's tag so that every simplified page carries one identical value.
 */
export function htmlLang(caseLang: 'zh-Hans' | 'zh-Hant'): string {
  return caseLang === 'zh-Hant' ? 'zh-Hant' : UI_LANG;
}

export const ui = {
  skipToContent: '跳到正文',
  homeTitle: '党建品牌案例',
  homeIntro: (count: number) => `收录 ${count} 个基层党建品牌案例：做法、组织架构与关键数据，均注明出处。`,
  caseCount: (count: number) => `共 ${count} 个案例`,
  viewCase: '阅读案例',
  themeToggle: '切换浅色／深色主题',
  themeLight: '浅色',
  themeDark: '深色',
  searchPlaceholder: '搜索案例、做法、单位、地区',
  searchLabel: '搜索案例',
  unit: '单位',
  region: '地区',
  level: '层级',
  sector: '领域',
  tags: '标签',
  summary: '摘要',
  orgCharts: '组织架构',
  orgChartTextVersion: '文字版',
  metrics: '关键数据',
  metricLabel: '指标',
  metricValue: '数值',
  metricSource: '出处',
  metricSourceHint: '每个数字都链接到正文中写明它的那句话。',
  metricBefore: '之前',
  metricAfter: '之后',
  metricYear: (year: number) => `${year}年`,
  metricCompare: '对比',
  metricCompareLabel: (label: string) => `与其他案例对比：${label}`,
  compareNav: '数据对比',
  compareTitle: '跨案例数据对比',
  compareIntro:
    '同一口径的指标在各案例中的数值。每个数字都链接到所在案例中写明它的原文；口径由指标词表统一规定。',
  compareKeyCases: (count: number) => (count === 0 ? '暂无案例填报' : `${count} 个案例填报`),
  compareKeyHeading: '指标',
  compareSideBySide: '案例并列对照',
  compareSideBySideIntro: '各案例的可比指标并列成表；取消勾选可以只看想比较的几个案例。',
  compareChooseCases: '选择要对照的案例',
  compareBackToIndex: '返回数据对比',
  compareOrder: '排序',
  compareOrders: { descending: '数值从高到低', ascending: '数值从低到高', 'by-unit': '按单位名称' },
  compareNote: '口径',
  compareMissing: '未填报',
  openData: '开放数据',
  openDataIntro: '全部案例与关键数据可以下载：',
  openDataJson: '案例数据（JSON）',
  openDataCsv: '关键数据表（CSV，可用 Excel 打开）',
  body: '案例正文',
  sourceHeading: '资料来源',
  sourcePublisher: '发布方',
  sourceDate: '发布日期',
  sourceLink: '查看原文',
  sourceNote: '本案例依据公开资料改写，事实与数据以原文为准。',
  backToCases: '返回案例列表',
  notFoundTitle: '页面不存在',
  notFoundBody: '你访问的页面不存在，可能已被移动或删除。',
  notFoundAction: '返回首页浏览全部案例',
  footerRepository: '源代码与投稿',
} as const;
