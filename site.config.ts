// The one file a deployment edits: names, addresses, footer and colour.
// CASEBOOK_URL / CASEBOOK_BASE override the address at build time (e.g. a preview under a sub-path).
import type { SiteConfigInput } from './src/schemas/site';

export default {
  name: '党建品牌案例馆',
  description: '基层党建品牌案例的展示与检索：每个单位一篇案例，组织架构、关键数据与原始出处一目了然。',
  url: process.env.CASEBOOK_URL ?? 'https://casebook.example.org',
  base: process.env.CASEBOOK_BASE ?? '/',
  repository: 'https://github.com/casebook-cn/casebook',
  editBranch: 'main',
  footer: '京ICP备00000000号-1',
  themeColor: '#b3261e',
} satisfies SiteConfigInput;
