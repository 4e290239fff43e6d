// Synthetic cases for the benchmark: realistic in size and shape (bodies of 1–3k characters in both scripts,
// 1–3 org charts, 10–30 metrics quoting the body, tags), valid against the case contract, and deterministic:
// case i is the same on every run and can be generated without the others.
import { Converter } from 'opencc-js/cn2t';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import type { caseSchema } from '../../../src/schemas/case.ts';
import type { OrgNode } from '../../../src/schemas/org-chart.ts';

type CaseInput = z.input<typeof caseSchema>;
type MetricInput = NonNullable<CaseInput['metrics']>[number];

/** Share of cases written in traditional script. */
const TRADITIONAL_SHARE = 0.15;
const BODY_CHARS = { min: 1000, max: 3000 } as const;
const ORG_CHARTS = { min: 1, max: 3 } as const;
const METRICS = { min: 10, max: 30 } as const;

const toTraditional = Converter({ from: 'cn', to: 'tw' });

/** mulberry32: small, fast and good enough to vary synthetic text. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = randomSource(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, count);
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

const PROVINCES: Record<string, Record<string, string[]>> = {
  江苏省: {
    徐州市: ['鼓楼区', '沛县', '睢宁县'],
    苏州市: ['姑苏区', '昆山市'],
    南通市: ['海门区', '如东县'],
  },
  浙江省: { 杭州市: ['西湖区', '桐庐县'], 宁波市: ['海曙区', '象山县'], 温州市: ['鹿城区', '瑞安市'] },
  江西省: { 宜春市: ['袁州区', '靖安县'], 赣州市: ['章贡区', '瑞金市'], 吉安市: ['井冈山市', '永新县'] },
  湖南省: { 郴州市: ['苏仙区', '汝城县'], 长沙市: ['岳麓区', '浏阳市'], 湘潭市: ['雨湖区', '韶山市'] },
  甘肃省: {
    甘南藏族自治州: ['合作市', '夏河县'],
    兰州市: ['城关区', '榆中县'],
    张掖市: ['甘州区', '高台县'],
  },
  四川省: {
    成都市: ['武侯区', '郫都区'],
    绵阳市: ['涪城区', '北川羌族自治县'],
    宜宾市: ['翠屏区', '兴文县'],
  },
  山东省: { 济南市: ['历下区', '章丘区'], 青岛市: ['市南区', '胶州市'], 临沂市: ['兰山区', '沂南县'] },
  广东省: { 广州市: ['越秀区', '从化区'], 深圳市: ['福田区', '南山区'], 梅州市: ['梅江区', '大埔县'] },
  河南省: { 郑州市: ['金水区', '登封市'], 洛阳市: ['西工区', '栾川县'], 信阳市: ['浉河区', '新县'] },
  福建省: { 福州市: ['鼓楼区', '闽侯县'], 厦门市: ['思明区', '同安区'], 龙岩市: ['新罗区', '长汀县'] },
  北京市: { 北京市: ['丰台区', '朝阳区', '海淀区', '延庆区'] },
  上海市: { 上海市: ['浦东新区', '徐汇区', '崇明区'] },
};

const UNIT_KINDS = [
  { suffix: '民政局', sector: '民政', level: '地市级' },
  { suffix: '人力资源和社会保障局', sector: '人力社保', level: '地市级' },
  { suffix: '住房公积金管理中心', sector: '住房公积金', level: '地市级' },
  { suffix: '税务局', sector: '税务', level: '县区级' },
  { suffix: '市场监督管理局', sector: '市场监管', level: '县区级' },
  { suffix: '人民医院党委', sector: '卫生健康', level: '县区级' },
  { suffix: '第一中学党委', sector: '教育', level: '县区级' },
  { suffix: '供电公司党委', sector: '国有企业', level: '县区级' },
  { suffix: '城关街道党工委', sector: '街道社区', level: '乡镇街道' },
  { suffix: '新华社区党委', sector: '街道社区', level: '村社区' },
  { suffix: '红星村党总支', sector: '农村', level: '村社区' },
  { suffix: '直机关工委', sector: '机关党建', level: '地市级' },
] as const;

const TAGS = [
  '机关党建',
  '支部建设',
  '党建+业务',
  '标准化建设',
  '为民服务',
  '党建带群建',
  '基层治理',
  '网格化管理',
  '党员教育',
  '志愿服务',
  '乡村振兴',
  '书记一肩挑',
  '组织覆盖',
  '廉政建设',
  '阵地建设',
  '数字党建',
  '人才培养',
  '红色资源',
  '党员先锋岗',
  '结对共建',
  '民生实事',
  '作风建设',
  '群众工作',
  '考核评价',
];

const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const BRAND_VERBS = ['抓', '聚', '连', '融', '强', '亮', '学', '比', '联', '促', '建', '带'];
const BRAND_NOUNS = [
  '红色引擎',
  '先锋驿站',
  '初心课堂',
  '连心桥',
  '同心圆',
  '领航计划',
  '暖心家园',
  '星火行动',
];
const BRAND_SUFFIXES = ['工作法', '行动', '机制', '体系', '品牌'];
const SLOGANS = [
  '抓好党建，才能抓好业务',
  '支部建在一线，党员冲在前面',
  '群众的事无小事',
  '把支部建强，让党员站前',
  '服务零距离，党建暖人心',
  '一个支部一座堡垒',
  '党旗飘在一线',
];
const PUBLISHERS = ['组工信息', '党建研究', '机关党建网', '共产党员网', '地方党建', '组织工作研究'];

const ORG_BRANCHES = [
  '党建工作领导小组',
  '机关党委',
  '第一党支部',
  '第二党支部',
  '第三党支部',
  '离退休干部党支部',
  '党员服务中心',
  '网格党小组',
  '党员先锋队',
  '志愿服务队',
  '群团组织',
  '纪检小组',
  '青年理论学习小组',
  '业务骨干党小组',
];
const ORG_LEAVES = [
  '党小组',
  '党员',
  '工会',
  '团委',
  '妇联',
  '网格员',
  '志愿者',
  '窗口科室',
  '业务科室',
  '帮扶小组',
  '联络员',
  '党员示范岗',
];
const ORG_ROLES = ['核心', '统筹', '龙头', '纽带', '带动', '骨干', '先锋', '保障'];
const ORG_NOTES = ['每月召开例会', '下设办公室', '按片区设置', '负责日常联络', '覆盖全部网点', '结对帮扶'];

/** A sentence stating one figure (or a before/after pair), with the metric it supports. */
interface MetricTemplate {
  label: string;
  unit: string;
  group: string;
  /** `{a}` is the value (or before), `{b}` the after value, `{y}` the year. */
  text: string;
  /** A before/after pair, and which way it moved. */
  change?: 'up' | 'down';
  approx?: MetricInput['approx'];
  /** The vocabulary key, for figures that compare across cases. */
  key?: MetricInput['key'];
  range: [number, number];
}

/** One line per template: label, unit, range of the figure, sentence, and how it reads (a change, an approximation). */
type TemplateRow = [
  label: string,
  unit: string,
  range: [number, number],
  text: string,
  reading?: Pick<MetricTemplate, 'change' | 'approx' | 'key'>,
];

function templates(group: string, rows: TemplateRow[]): MetricTemplate[] {
  return rows.map(([label, unit, range, text, reading]) => ({ label, unit, group, range, text, ...reading }));
}

const METRIC_TEMPLATES: MetricTemplate[] = [
  ...templates('组织建设', [
    ['党支部数量', '个', [3, 60], '{y}年以来，党支部由{a}个增至{b}个', { change: 'up', key: 'branches' }],
    ['党员人数', '名', [20, 900], '全单位现有党员{a}名，分布在各个岗位', { key: 'party_members' }],
    ['党小组', '个', [5, 80], '在业务一线设立党小组{a}个'],
    [
      '平均每支部党员',
      '人',
      [6, 40],
      '平均每个支部的党员由{a}人降至{b}人',
      {
        change: 'down',
        key: 'members_per_branch',
      },
    ],
    ['新发展党员', '名', [2, 40], '{y}年新发展党员{a}名，其中35岁以下的占多数'],
    ['入党积极分子', '名', [5, 60], '现有入党积极分子{a}名，均明确了培养联系人'],
    ['办公场所', '个', [2, 20], '目前共有办公场所{a}个，分布在城区和乡镇', { key: 'office_sites' }],
  ]),
  ...templates('制度规范', [
    ['新出台制度', '项', [3, 30], '新出台党组工作细则等制度{a}项'],
    ['党组会议纪要', '份', [5, 40], '{y}年共形成党组会议纪要{a}份'],
    ['研究讨论议题', '项', [20, 200], '全年研究讨论议题{a}项，涵盖党建和业务'],
    ['督查方式', '种', [2, 6], '综合运用集中督查、明察暗访等{a}种方式推动落实'],
    ['整改问题', '个', [10, 150], '督查中发现并整改问题{a}个'],
  ]),
  ...templates('学习教育', [
    ['理论学习中心组学习', '次', [6, 24], '召开理论学习中心组学习会{a}次'],
    ['支部集体学习', '次', [30, 300], '各支部组织党员集体学习{a}余次', { approx: '余' }],
    ['讲党课', '场', [4, 60], '书记带头讲党课{a}场，党员参与讨论'],
    ['谈心谈话', '人次', [30, 500], '全年开展谈心谈话{a}余人次', { approx: '余' }],
    ['培训党员', '人次', [100, 3000], '举办专题培训班，累计培训党员{a}人次'],
    ['主题党日活动', '次', [12, 120], '{y}年开展主题党日活动{a}次'],
  ]),
  ...templates('服务群众', [
    ['党员志愿者', '名', [20, 800], '组建党员志愿服务队，注册志愿者{a}名'],
    ['志愿服务时长', '小时', [500, 20000], '累计志愿服务{a}多小时', { approx: '多' }],
    ['办理群众诉求', '件', [100, 9000], '{y}年办理群众诉求{a}件，按时办结'],
    ['群众满意度', '%', [80, 99], '群众满意度由{a}%提升到{b}%', { change: 'up' }],
    ['办事时长', '天', [1, 15], '一般事项办理时长由{a}天压缩到{b}天', { change: 'down' }],
    ['上门服务', '户', [50, 3000], '党员上门服务困难群众{a}户以上', { approx: '以上' }],
  ]),
  ...templates('共建联建', [
    ['结对共建单位', '个', [3, 50], '与辖区企业和社区结成共建单位{a}个'],
    ['共建项目', '个', [5, 80], '联合实施共建项目{a}个'],
    ['帮扶资金', '万元', [10, 900], '筹集帮扶资金约{a}万元', { approx: '约' }],
  ]),
  ...templates('示范引领', [
    ['党员先锋岗', '个', [5, 120], '在窗口和一线设立党员先锋岗{a}个'],
    ['获评先进集体', '次', [1, 12], '近年来获评各级先进集体{a}次'],
    ['典型案例', '个', [2, 30], '总结提炼典型案例{a}个并在全系统推广'],
  ]),
  ...templates('基层治理', [
    ['网格', '个', [10, 400], '把辖区划分为{a}个网格，每格都有党员'],
    ['化解矛盾纠纷', '起', [20, 900], '{y}年化解矛盾纠纷{a}起'],
  ]),
];

const OPENERS = [
  '{u}是一个直接面向群众的单位，工作点多面广，党员分散在不同岗位。',
  '过去一段时间，单位存在党建与业务“两张皮”的问题，支部活动形式单一，党员作用发挥不够充分。',
  '针对这些问题，领导班子多次专题研究，决定以品牌建设为抓手，推动党建与业务深度融合。',
  '{b}的提法来自一线党员的讨论，经过反复征求意见后确定下来。',
];
// Filler sentences are put together from three parts, so bodies vary as much as real ones.
const FILLER_SUBJECTS = [
  '单位党组',
  '各支部',
  '班子成员',
  '支部书记',
  '党员干部',
  '年轻党员',
  '机关党委',
  '党小组长',
];
const FILLER_ACTIONS = [
  '坚持问题导向，把群众反映强烈的事项列为重点',
  '围绕中心工作谋划党建',
  '分片联系支部，定期到一线调研指导',
  '带头落实“一岗双责”',
  '结合岗位特点开展“三会一课”和主题党日',
  '注重总结经验，把好的做法上升为制度',
  '利用新媒体平台开展学习，做到随时随地都能学',
  '在防汛救灾等急难险重任务中冲在前面',
  '对照工作清单逐项推进，做到任务到人、责任到岗',
  '对后进支部挂牌督办，帮助查找问题、补齐短板',
];
const FILLER_RESULTS = [
  '党建与业务实现了同部署、同推进、同考核',
  '党员的思想认识不断统一',
  '群众办事更加方便，干部作风也更加扎实',
  '形成了一批各具特色的做法',
  '支部的凝聚力和战斗力明显增强',
  '相关做法得到了上级党组织的肯定',
  '服务质量稳步提高',
  '考核结果与评先评优挂钩，激发了党员的积极性',
];
const SECTION_TITLES = [
  '健全组织体系',
  '完善制度规范',
  '强化学习教育',
  '延伸服务触角',
  '推动共建联建',
  '发挥示范作用',
];
const TABLE_ROWS = ['组织建设', '学习教育', '服务群众', '示范引领'];

function fillerSentence(dice: Dice): string {
  return `${dice.pick(FILLER_SUBJECTS)}${dice.pick(FILLER_ACTIONS)}，${dice.pick(FILLER_RESULTS)}。`;
}

/** A sentence (simplified) stating one figure or a before/after pair, and the metric it supports. */
function metricSentence(template: MetricTemplate, dice: Dice): { text: string; metric: MetricInput } {
  const [min, max] = template.range;
  const year = dice.int(2016, 2025);
  const low = dice.int(min, max - 1);
  const high = dice.int(low + 1, max);
  // The pair moves the way the sentence says.
  const [a, b] = template.change === 'down' ? [high, low] : [low, high];
  const text = template.text
    .replaceAll('{a}', String(a))
    .replaceAll('{b}', String(b))
    .replaceAll('{y}', String(year));
  const metric: MetricInput = {
    label: template.label,
    ...(template.key ? { key: template.key } : {}),
    ...(template.change ? { before: a, after: b } : { value: a }),
    unit: template.unit,
    ...(template.approx ? { approx: template.approx } : {}),
    group: template.group,
    ...(template.text.includes('{y}') ? { year } : {}),
    source: text,
  };
  return { text, metric };
}

function orgTree(dice: Dice, rootName: string, depth: number): OrgNode {
  return {
    name: rootName,
    role: '核心',
    children: dice.sample(ORG_BRANCHES, dice.int(2, 5)).map((branch) => {
      const node: OrgNode = { name: branch };
      if (dice.chance(0.5)) node.role = dice.pick(ORG_ROLES);
      if (dice.chance(0.4)) node.count = dice.int(1, 40);
      if (dice.chance(0.3)) node.note = dice.pick(ORG_NOTES);
      if (depth > 2) {
        node.children = dice.sample(ORG_LEAVES, dice.int(1, 4)).map((leaf) => {
          const child: OrgNode = { name: leaf };
          if (depth > 3 && dice.chance(0.3)) child.children = [{ name: dice.pick(ORG_LEAVES) }];
          return child;
        });
      }
      return node;
    }),
  };
}

function mapTree(node: OrgNode, text: (value: string) => string): OrgNode {
  return {
    name: text(node.name),
    ...(node.role ? { role: text(node.role) } : {}),
    ...(node.count ? { count: node.count } : {}),
    ...(node.note ? { note: text(node.note) } : {}),
    ...(node.children ? { children: node.children.map((child) => mapTree(child, text)) } : {}),
  };
}

/** A case as it goes into a file, with what a test needs to know about it. */
export interface SyntheticCase {
  slug: string;
  /** The whole MDX file. */
  text: string;
  data: CaseInput;
  body: string;
}

/** The 0-based `index`-th synthetic case. */
export function syntheticCase(index: number): SyntheticCase {
  const dice = new Dice(Math.imul(index + 1, 2654435761));
  const traditional = dice.chance(TRADITIONAL_SHARE);
  const province = dice.pick(Object.keys(PROVINCES));
  const cities = PROVINCES[province] ?? {};
  const city = dice.pick(Object.keys(cities));
  const county = dice.pick(cities[city] ?? []);
  const kind = dice.pick(UNIT_KINDS);
  const countyLevel = kind.level !== '地市级';
  const unitName = `${countyLevel ? county : city}${kind.suffix}`;
  const brandCore = `“${dice.pick(NUMERALS)}${dice.pick(BRAND_VERBS)}${dice.pick(NUMERALS)}${dice.pick(BRAND_VERBS)}”`;
  const brand = `${dice.pick(BRAND_NOUNS)}${brandCore}${dice.pick(BRAND_SUFFIXES)}`;
  // Everything is written in simplified first and converted once, so a metric's source stays a passage of the body.
  const script = (text: string) =>
    toTraditionalIf(traditional, text.replaceAll('{u}', unitName).replaceAll('{b}', brand));

  const metricSentences = dice
    .sample(METRIC_TEMPLATES, dice.int(METRICS.min, METRICS.max))
    .map((template) => metricSentence(template, dice));
  const headlines = new Set(dice.sample(metricSentences, dice.int(0, 3)));
  const metrics: MetricInput[] = metricSentences.map((sentence) => ({
    ...sentence.metric,
    label: script(sentence.metric.label),
    unit: script(sentence.metric.unit),
    ...(sentence.metric.group ? { group: script(sentence.metric.group) } : {}),
    ...(headlines.has(sentence) ? { headline: true } : {}),
    source: script(sentence.text),
  }));

  // The body: an opening, one section per group of metric sentences, a closing padded to the target length.
  const target = dice.int(BODY_CHARS.min, BODY_CHARS.max - 60);
  const stated = metrics.map((metric) => `${metric.source}。`);
  const sections = dice.sample(SECTION_TITLES, dice.int(2, 4));
  const perSection = Math.ceil(stated.length / sections.length);
  const blocks: string[] = [`## ${script('背景')}`, script(OPENERS.join('')), `## ${script('主要做法')}`];
  sections.forEach((title, i) => {
    blocks.push(`### ${script(`${NUMERALS[i]}、${title}`)}`);
    const own = stated.slice(i * perSection, (i + 1) * perSection);
    blocks.push([script(fillerSentence(dice)), ...own.slice(0, 3)].join(''));
    if (own.length > 3)
      blocks.push(
        own
          .slice(3)
          .map((sentence) => `- ${sentence}`)
          .join('\n'),
      );
  });
  if (dice.chance(0.3)) {
    const rows = TABLE_ROWS.map((row) => `| ${script(row)} | ${script(dice.pick(FILLER_RESULTS))} |`);
    blocks.push([`| ${script('方面')} | ${script('成效')} |`, '| --- | --- |', ...rows].join('\n'));
  }
  blocks.push(`## ${script('成效与启示')}`);
  if (dice.chance(0.5)) blocks.push(`> ${script(dice.pick(SLOGANS))}。`);
  const closing: string[] = [];
  while (`${blocks.join('\n\n')}\n\n${closing.join('')}`.length < target) closing.push(fillerSentence(dice));
  if (closing.length > 0) blocks.push(script(closing.join('')));
  const body = `${blocks.join('\n\n')}\n`;

  const charts = [
    { title: '党组织体系', root: '党组' },
    { title: '工作框架', root: '党委' },
    { title: '服务网络', root: '党总支' },
  ];
  const orgCharts = charts.slice(0, dice.int(ORG_CHARTS.min, ORG_CHARTS.max)).map((chart) => ({
    title: script(chart.title),
    caption: script('{u}以{b}为抓手，各级组织层层衔接、各负其责。'),
    direction: dice.pick(['TB', 'LR'] as const),
    root: mapTree(orgTree(dice, `${unitName}${chart.root}`, dice.int(2, 4)), script),
  }));

  const data: CaseInput = {
    title: script('{u}：{b}'),
    brand: script(brand),
    slogan: script(dice.pick(SLOGANS)),
    summary: `${script('{u}以{b}为抓手推动党建与业务深度融合，')}${metrics[0]?.source ?? ''}。`,
    unit: {
      name: script(unitName),
      region: countyLevel ? [province, city, county] : [province, city],
      level: kind.level,
      sector: kind.sector,
    },
    tags: dice.sample(TAGS, dice.int(3, 8)),
    lang: traditional ? 'zh-Hant' : 'zh-Hans',
    source: {
      title: script('{b}——{u}党建工作纪实'),
      publisher: dice.pick(PUBLISHERS),
      date: `${dice.int(2016, 2025)}-${String(dice.int(1, 12)).padStart(2, '0')}`,
      url: `https://example.org/cases/${index + 1}`,
    },
    orgCharts,
    metrics,
  };
  const slug = `case-${String(index + 1).padStart(5, '0')}`;
  return { slug, data, body, text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}` };
}

function toTraditionalIf(traditional: boolean, text: string): string {
  return traditional ? toTraditional(text) : text;
}

/** What an edit adds to a body, so the rebuilt page can be told from the old one. */
export const EDIT_MARK = '编辑修订';

/** The same case after an editor's change to its body, as the one-case rebuild measures. */
export function editedCase(text: string, revision: number): string {
  return `${text.trimEnd()}\n\n${EDIT_MARK}第${revision}版：补充了一段说明。\n`;
}
