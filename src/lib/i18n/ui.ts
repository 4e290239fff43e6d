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
  searchShortcut: '快捷键：/ 或 Ctrl+K',
  searchNeedsJs: '搜索需要启用 JavaScript',
  searchNeedsJsPage: '本站的搜索在浏览器里运行，需要启用 JavaScript。不用搜索也可以从首页浏览全部案例。',
  searchPageTitle: '搜索案例',
  searchButton: '搜索',
  searchHint:
    '可搜做法、口号、单位、地区或品牌名称，简体繁体均可；用引号（"…" 或 “…”）查找完整短语；也可以只按下方条件筛选。',
  searchLoading: '正在搜索…',
  searchFailed: '搜索暂时不可用，请刷新页面再试。',
  searchResultCount: (count: number) => `找到 ${count} 个案例`,
  searchNoResults: (query: string) => `没有找到与“${query}”相关的案例`,
  searchAllResults: (count: number) => `查看全部 ${count} 个结果`,
  searchResults: '搜索结果',
  searchFilters: '筛选条件',
  searchClearFilters: '清除筛选',
  searchFiltersActive: (count: number) => `已选 ${count} 项`,
  searchMore: '显示更多结果',
  searchFacetValue: (value: string, count: number) => `${value}（${count}）`,
  facets: { province: '省份', level: '层级', sector: '领域', tag: '标签', year: '资料年份' },
  unit: '单位',
  region: '地区',
  level: '层级',
  sector: '领域',
  tags: '标签',
  summary: '摘要',
  orgCharts: '组织架构',
  orgChartTextVersion: '文字版',
  diagramSource: '查看 Mermaid 源码（可复制到 Mermaid 编辑器修改）',
  diagramDrawing: '正在绘制组织架构图…',
  metrics: '关键数据',
  metricLabel: '指标',
  metricValue: '数值',
  metricSource: '出处',
  body: '案例正文',
  sourceHeading: '资料来源',
  sourcePublisher: '发布方',
  sourceDate: '发布日期',
  sourceLink: '查看原文',
  sourceNote: '本案例依据公开资料改写，事实与数据以原文为准。',
  backToCases: '返回案例列表',
  calloutTitles: { note: '说明', tip: '经验', warning: '注意' },
  notFoundTitle: '页面不存在',
  notFoundBody: '你访问的页面不存在，可能已被移动或删除。',
  notFoundAction: '返回首页浏览全部案例',
  footerRepository: '源代码与投稿',
  editPage: '在 GitHub 上编辑此页',
  lastUpdated: '最后更新',
} as const;
