import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCaseFile, MAX_CASE_FILE_BYTES } from '../../src/lib/content/check-case';
import { formatDiagnostic } from '../../src/lib/content/diagnostics';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { caseTemplate } from '../../src/lib/content/scaffold';
import { caseSchema } from '../../src/schemas/case';

const guide = readFileSync('content/docs/guide.mdx', 'utf-8');
const expected = JSON.parse(readFileSync('tests/fixtures/bad-cases/expected.json', 'utf-8')) as Record<
  string,
  string[]
>;

/**
 * A printed message without what belongs to one file: quoted text becomes “”, and each run of Latin
 * characters (position, path, field name, numbers, keys, lists of them) becomes #. What is left is the
 * wording of the message kind, the same for every file with that problem.
 */
function messageKind(line: string): string {
  return line
    .replace(/“[^”]*”/g, '“”')
    .replace(/[!-~…]+/g, '#')
    .replace(/#(?:[\s、]*#)+/g, '#')
    .trim();
}

/** The guide's example lines, written as `npm run check` prints them. */
const examples = guide.split('\n').filter((line) => /^content\/cases\/\S+:\d+:\d+ /.test(line));
const documented = new Set(examples.map(messageKind));
/** The one message kind without a bad case: a file over the size limit, too big to keep as a fixture. */
const oversized = checkCaseFile(
  'content/cases/x.mdx',
  caseTemplate().padEnd(MAX_CASE_FILE_BYTES, '党'),
).diagnostics.map(formatDiagnostic);
/** Every kind of message the checks print. */
const printed = new Set([...Object.values(expected).flat(), ...oversized].map(messageKind));

/** The guide's fenced examples in one language. */
const fenced = (language: string) =>
  [...guide.matchAll(new RegExp(`^\`\`\`${language}\n([\\s\\S]*?)^\`\`\``, 'gm'))].map(
    ([, text = '']) => text,
  );

describe('messageKind', () => {
  it('keeps the wording and drops the values of one file', () => {
    expect(messageKind('content/cases/x.mdx:8:3 unit.level：应为 省级、地市级 之一，实际为 “国家级”')).toBe(
      '#：应为 省级、地市级 之一，实际为 “”',
    );
    expect(messageKind('22:5 metrics[0].key：可用：party_members、branches、staff（词表见 src/x.ts）')).toBe(
      '#：可用：#（词表见 #）',
    );
  });
});

describe('the editors’ guide', () => {
  it.each([...printed])('shows the message “%s” with an example line', (kind) => {
    expect(documented.has(kind)).toBe(true);
  });

  it('shows no example of a message the checks do not print', () => {
    expect(examples.length).toBeGreaterThanOrEqual(printed.size);
    expect(examples.filter((line) => !printed.has(messageKind(line)))).toEqual([]);
  });
});

describe('the guide’s examples', () => {
  const template = parse(splitFrontmatter(caseTemplate()).yaml ?? '') as Record<string, unknown>;

  it.each(fenced('yaml'))('are valid frontmatter:\n%s', (example) => {
    const result = caseSchema.safeParse({ ...template, ...(parse(example) as Record<string, unknown>) });
    expect(result.error?.issues).toBeUndefined();
  });

  it('take every metric’s source from the example paragraph, with its figures', () => {
    const [paragraph] = fenced('md');
    const metricExamples = fenced('yaml').filter((example) => example.startsWith('metrics:'));
    expect(metricExamples.length).toBeGreaterThanOrEqual(2);
    for (const example of metricExamples) {
      const file = `${caseTemplate().replace(/^metrics: .*$/m, example.trim())}\n${paragraph}`;
      expect(checkCaseFile('content/cases/x.mdx', file).diagnostics).toEqual([]);
    }
  });
});
