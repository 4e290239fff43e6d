// npm run new: scaffolds content/cases/<slug>.mdx. Asks for what it needs, or takes it all as flags:
//   npm run new -- --slug xuzhou-minzheng --brand "三家工作法" --unit 徐州市民政局 --region "江苏省 徐州市" \
//     --level 地市级 --sector 民政 --yes
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parseRegion, scaffoldCase, type ScaffoldAnswers } from '../src/lib/content/scaffold';
import { SLUG_PATTERN } from '../src/lib/content/slug';
import { UNIT_LEVELS } from '../src/schemas/unit';
import { casesDir } from '../src/build/cases-dir';

const { values } = parseArgs({
  options: {
    slug: { type: 'string' },
    brand: { type: 'string' },
    unit: { type: 'string' },
    region: { type: 'string' },
    level: { type: 'string' },
    sector: { type: 'string' },
    yes: { type: 'boolean', short: 'y', default: false },
  },
});

const lines = createInterface({
  input: process.stdin,
  output: process.stdout,
  terminal: process.stdin.isTTY,
});
// Piped answers arrive before they are asked for: read them from one iterator, line by line.
const answersIn = lines[Symbol.asyncIterator]();

/** An answer from its flag (checked, fatal when wrong) or asked for until it passes its check. */
async function ask(
  question: string,
  check: (answer: string) => string | undefined,
  flag?: string,
): Promise<string> {
  if (flag !== undefined) {
    const problem = check(flag.trim());
    if (problem) fail(problem);
    return flag.trim();
  }
  for (;;) {
    process.stdout.write(`${question}：`);
    const next = await answersIn.next();
    if (next.done) fail('没有更多输入，已取消。');
    const answer = String(next.value).trim();
    if (!process.stdin.isTTY) process.stdout.write(`${answer}\n`);
    const problem = check(answer);
    if (!problem) return answer;
    console.error(`  ${problem}`);
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const required = (label: string) => (answer: string) => (answer ? undefined : `${label}不能为空`);

const brand = await ask('品牌或工作法名称（如 支部+科室）', required('品牌名称'), values.brand);
const unitName = await ask('单位名称（如 丰台区人力社保局）', required('单位名称'), values.unit);
const region = parseRegion(
  await ask(
    '地区，省在前，用空格分隔（如 北京市 丰台区）',
    (answer) =>
      parseRegion(answer).length >= 1 && parseRegion(answer).length <= 4 ? undefined : '地区应为 1–4 级',
    values.region,
  ),
);
const levelMenu = UNIT_LEVELS.map((level, index) => `${index + 1}.${level}`).join(' ');
const levelAnswer = await ask(
  `层级（${levelMenu}，填数字或名称）`,
  (answer) =>
    (UNIT_LEVELS as readonly string[]).includes(answer) || UNIT_LEVELS[Number(answer) - 1]
      ? undefined
      : `层级应为 ${UNIT_LEVELS.join('、')} 之一`,
  values.level,
);
const level = UNIT_LEVELS[Number(levelAnswer) - 1] ?? (levelAnswer as ScaffoldAnswers['level']);
const sector = await ask('所属领域（如 人力社保、民政、基层治理）', required('领域'), values.sector);
const slug = await ask(
  '网址名 slug：小写英文字母、数字和连字符（如 fengtai-hrss-zhibu-keshi）',
  (answer) =>
    !SLUG_PATTERN.test(answer)
      ? '只能用小写英文字母、数字和连字符，如 fengtai-hrss-zhibu-keshi'
      : existsSync(`${casesDir}/${answer}.mdx`)
        ? `${casesDir}/${answer}.mdx 已存在，不会覆盖：请换一个名字`
        : undefined,
  values.slug,
);

const file = `${casesDir}/${slug}.mdx`;
if (!values.yes && process.stdin.isTTY) {
  const confirm = await ask(`将创建 ${file}，确认吗？（y/n）`, (answer) =>
    /^[yn]/i.test(answer) ? undefined : '请输入 y 或 n',
  );
  if (!/^y/i.test(confirm)) {
    console.log('已取消。');
    process.exit(0);
  }
}
lines.close();
mkdirSync(casesDir, { recursive: true });
writeFileSync(file, scaffoldCase({ slug, brand, unitName, region, level, sector }), { flag: 'wx' });
console.log(`已创建 ${file}（草稿）。填写完成后运行 npm run check 检查，再把 draft 改为 false 发布。`);
