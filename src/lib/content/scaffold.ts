import type { UNIT_LEVELS } from '../../schemas/unit';

export interface ScaffoldAnswers {
  slug: string;
  brand: string;
  unitName: string;
  /** Province first. */
  region: string[];
  level: (typeof UNIT_LEVELS)[number];
  sector: string;
}

/** Splits what an editor typed for a region: 江苏省 徐州市, 江苏省、徐州市, 江苏省,徐州市 or 江苏省/徐州市. */
export function parseRegion(text: string): string[] {
  return text
    .split(/[\s,，、/]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

const quote = (text: string) => JSON.stringify(text);

/**
 * A new case file with every field present and explained in Chinese. It starts as a draft with
 * placeholder text that passes every check, so the site builds while the editor fills it in.
 */
export function scaffoldCase(answers: ScaffoldAnswers): string {
  const { brand, unitName, region, level, sector } = answers;
  return `---
# 案例元数据。每项后面的说明以 # 开头，可以保留。完整说明见网站的「编辑指南」。
title: ${quote(`${unitName}：${brand}`)}   # 必填，页面标题，1–60 字
brand: ${quote(brand)}   # 必填，品牌或工作法名称，显示在首页卡片上
slogan: "（待填写：品牌口号，没有可删去这一行）"   # 选填
summary: "（待填写：用 20–200 字概括这个案例的做法和成效。）"   # 必填，20–200 字
unit:   # 必填：单位信息
  name: ${quote(unitName)}   # 必填，单位名称
  region: [${region.map(quote).join(', ')}]   # 必填，1–4 级，省在前
  level: ${quote(level)}   # 必填：省级、地市级、县区级、乡镇街道、村社区 之一
  sector: ${quote(sector)}   # 必填，所属领域，用于筛选
tags: []   # 选填，最多 12 个，每个 1–12 字，用简体，如 ["支部建设", "党建+业务"]
lang: "zh-Hans"   # zh-Hans（简体）或 zh-Hant（繁体）
draft: true   # 写完后改为 false 才会发布
source:   # 必填：事实和数据的出处
  title: "（待填写：原文标题）"
  publisher: "（待填写：发布单位或媒体）"
  # date: "2024-05-01"   # 选填：YYYY、YYYY-MM 或 YYYY-MM-DD
  # url: "https://…"   # 选填：原文网址
orgCharts:   # 选填，0–4 张组织架构图；每张是一棵树，最多 6 层、60 个节点
  - title: "组织架构"
    # caption: "一句话说明这张图"
    direction: "TB"   # TB 自上而下，LR 从左到右
    root:
      name: ${quote(unitName)}
      # role: "龙头"   # 选填，简短的角色
      # count: 40   # 选填，代表多少个同类单位
      # note: "说明"   # 选填
      # children:   # 下级节点，写法相同
      #   - name: "机关党支部"
      #     count: 6
metrics: []   # 选填，0–40 项关键数据，例如：
#  - label: "党支部数量"   # 指标名称
#    before: 6   # 变化前（或只写 value: 40）
#    after: 40   # 变化后
#    unit: "个"   # 单位
#    group: "组织建设"   # 选填，表格分组
#    source: "党支部由6个增加到40个"   # 必填：正文中原样出现、写明这个数字的一句话
---

## 背景

（待填写：单位情况、面临的问题。）

## 主要做法

（待填写：分条写清做法，可以用 ### 小标题。）

## 成效

（待填写：用数字说话，每个数字都要在这里写明，并在上方 metrics 中登记。）

## 启示

（待填写：可推广的经验。）
`;
}

/**
 * The new-case file for editors without `npm run new` (the editors' guide offers it for GitHub's web
 * editor): the same scaffold, with placeholders where the answers go.
 */
export function caseTemplate(): string {
  return scaffoldCase({
    slug: 'case-template',
    brand: '（待填写：品牌名称）',
    unitName: '（待填写：单位名称）',
    region: ['（待填写：省）', '（待填写：市）'],
    level: '县区级',
    sector: '（待填写：领域）',
  });
}
