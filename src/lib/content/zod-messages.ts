import { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '一组字段',
  date: '日期',
};

/** How a value an editor wrote is shown back to them. */
export function describeInput(input: unknown): string {
  if (input === undefined) return '未填写';
  if (input === null) return '空值';
  if (typeof input === 'string') {
    const shown = input.length > 30 ? `${input.slice(0, 30)}…` : input;
    return `“${shown}”`;
  }
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return `列表（${input.length} 项）`;
  if (input instanceof Date) return `日期 ${input.toISOString().slice(0, 10)}`;
  return '一组字段';
}

/** The expected type in words. A Latin word is set off by a space, as Chinese text spaces Latin words. */
function typeName(expected: string): string {
  const name = TYPE_NAMES[expected] ?? expected;
  return /^[a-z]/i.test(name) ? ` ${name}` : name;
}

function sizeUnit(origin: string | undefined): string {
  if (origin === 'string') return ' 个字符';
  if (origin === 'array' || origin === 'set') return ' 项';
  return '';
}

function actualSize(input: unknown): string {
  if (typeof input === 'string') return `，实际为 ${input.length} 个字符`;
  if (Array.isArray(input)) return `，实际为 ${input.length} 项`;
  if (typeof input === 'number') return `，实际为 ${input}`;
  return '';
}

/**
 * Plain-Chinese messages for editors: what was expected and what was written.
 * Zod's own zh-CN locale covers the rest.
 */
export const chineseErrorMap: z.core.$ZodErrorMap = (issue: Issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少必填字段（应为${typeName(issue.expected)}）`;
      return `应为${typeName(issue.expected)}，实际为 ${describeInput(issue.input)}`;
    case 'invalid_value':
      return `应为 ${issue.values.map(String).join('、')} ${issue.values.length > 1 ? '之一' : ''}，实际为 ${describeInput(issue.input)}`.replace(
        '  ',
        ' ',
      );
    case 'too_small': {
      const unit = sizeUnit(issue.origin);
      if (issue.origin === 'string' && issue.minimum === 1) return '不能为空';
      return `应${issue.inclusive ? '至少' : '大于'} ${issue.minimum}${unit}${actualSize(issue.input)}`;
    }
    case 'too_big': {
      const unit = sizeUnit(issue.origin);
      return `应${issue.inclusive ? '至多' : '小于'} ${issue.maximum}${unit}${actualSize(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.map((key) => `“${key}”`).join('、')}（检查拼写，或删去）`;
    case 'invalid_format':
      if (issue.format === 'url') return `应为网址，实际为 ${describeInput(issue.input)}`;
      return `格式不对，实际为 ${describeInput(issue.input)}`;
    default:
      return undefined;
  }
};

const zhCN = z.locales.zhCN().localeError;

/** The error map to parse editor content with: ours first, then Zod's zh-CN wording. */
export const editorErrorMap: z.core.$ZodErrorMap = (issue) => chineseErrorMap(issue) ?? zhCN(issue);
