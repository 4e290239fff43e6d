import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../../src/lib/content/check-case';
import { formatDiagnostic } from '../../src/lib/content/diagnostics';
import { buildSite } from '../helpers/build';
import { servedSite } from '../helpers/served-site';

const RENDERED = 'tests/fixtures/hostile-cases';

/** The hostile text each rendered fixture carries, which must show as written. */
const LITERAL: Record<string, string> = {
  'script-in-title': '<script>alert(1)</script>标题',
  'img-onerror-in-brand': '<img src=x onerror=alert(1)>',
  'attribute-breakout-in-summary': '"><svg onload=alert(1)>',
  'script-close-in-summary': '</script><script>alert(1)</script>',
  'template-syntax-in-unit': '{{7*7}} ${7*7} <%= 7*7 %>',
  'mermaid-in-node': 'A]-->B[<b>粗</b>',
  'markdown-link-in-title': '[点我](javascript:alert(1)) 标题',
  'entities-in-publisher': '&lt;script&gt; &amp;amp; &#60;',
  'html-comment-in-source-title': '<!-- 注释 --> --> <!--',
  'emoji-in-tag': '党建🎉先锋',
  'full-width-digits-in-label': '党支部数量（４０个）',
  'rtl-text-in-sector': 'العربية 阿拉伯文',
  'quotes-in-group': '"引号" \'单引号\' `反引号`',
  'long-unbroken-body': 'a'.repeat(200),
  'long-unbroken-url-body': `https://example.org/${'x'.repeat(200)}`,
  'pipes-and-hashes-in-chart-title': '| # & ; %% {init}',
  'hostile-labels': '"]) --> X[<img src=x onerror=alert(1)>',
};

describe('hostile editor text that is valid', () => {
  const site = servedSite({ env: { CASEBOOK_CASES_DIR: RENDERED }, force: true });

  it('covers every fixture', () => {
    const fixtures = readdirSync(RENDERED).map((file) => file.replace('.mdx', ''));
    expect(fixtures.sort()).toEqual(Object.keys(LITERAL).sort());
  });

  it.each(Object.entries(LITERAL))(
    '%s renders as literal text, injects nothing and fits a phone',
    async (slug, literal) => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${site.server.origin}/cases/${slug}/`);
      const found = await page.evaluate(() => ({
        text: document.body.innerText + document.title,
        inlineScripts: document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')
          .length,
        handlers: [...document.querySelectorAll('*')].filter((element) =>
          [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
        ).length,
        injected: document.querySelectorAll('main b, main img[src="x"], svg[onload], a[href^="javascript:"]')
          .length,
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
          JSON.parse(script.textContent ?? ''),
        ),
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(found.text).toContain(literal);
      expect(found.inlineScripts).toBe(1);
      expect(found.handlers).toBe(0);
      expect(found.injected).toBe(0);
      expect(found.jsonLd).toHaveLength(1);
      expect(found.overflow).toBeLessThanOrEqual(0);
      expect(dialogs).toEqual([]);
      if (slug === 'long-unbroken-body' || slug === 'img-onerror-in-brand') {
        mkdirSync('screenshots', { recursive: true });
        await page.screenshot({ path: `screenshots/hostile-${slug}-390.png`, fullPage: false });
      }
      await page.close();
    },
  );
});

const VALID = readFileSync(`${RENDERED}/script-in-title.mdx`, 'utf-8');
const withFrontmatter = (yaml: string) => VALID.replace(/^---\n/, `---\n${yaml}\n`);
const replaced = (from: string, to: string) => {
  if (!VALID.includes(from)) throw new Error(`fixture lacks ${from}`);
  return VALID.replace(from, to);
};
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Inputs that must fail with a clear message, quickly, and never crash or hang. */
const REJECTED: [string, string, RegExp][] = [
  [
    'a 5,000-character title',
    replaced('"<script>alert(1)</script>标题"', `"${'长'.repeat(5000)}"`),
    /title：应至多 60 个字符，实际为 5000 个字符/,
  ],
  [
    'a 5,000-character unbroken tag',
    replaced('"测试标签"', `"${'x'.repeat(5000)}"`),
    /tags\[0\]：应至多 12 个字符/,
  ],
  ['a 5 MB file', `${VALID}\n${'党'.repeat(1_800_000)}\n`, /文件过大（5\.\d MB）：案例文件应小于 1 MB/],
  [
    'a billion-laughs alias bomb',
    withFrontmatter(
      `a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]`,
    ),
    /别名（\*）展开得太多/,
  ],
  ['nesting 20,000 deep', withFrontmatter(`deep: ${nested(20000)}`), /嵌套层数太多|YAML/],
  ['a YAML merge key', withFrontmatter('base: &base {name: "x"}\nextra:\n  <<: *base'), /不认识的字段/],
  ['a __proto__ key', withFrontmatter('__proto__: {polluted: true}'), /不认识的字段 “__proto__”/],
  [
    'a custom YAML tag',
    withFrontmatter('evil: !!js/function "function () { return 1 }"'),
    /不认识的字段 “evil”/,
  ],
  ['an undefined alias', withFrontmatter('evil: *nowhere'), /YAML/],
  ['a duplicate key', withFrontmatter('title: "又一个标题"'), /YAML 语法错误：同一个字段写了两次/],
  [
    'a right-to-left override in a tag',
    replaced('"测试标签"', '"测试\u202E签标"'),
    /tags\[0\]：含有看不见的控制字符 U\+202E/,
  ],
  [
    'a zero-width space in a tag',
    replaced('"测试标签"', '"测试\u200B标签"'),
    /tags\[0\]：含有看不见的控制字符 U\+200B/,
  ],
  [
    'a NUL byte in the unit name',
    replaced('"测试单位"', '"测试\\u0000单位"'),
    /unit\.name：含有看不见的控制字符 U\+0000/,
  ],
  ['a number too large to be a number', replaced('value: 15', 'value: 1e400'), /metrics\[0\]\.value：/],
  [
    'a negative node count',
    replaced('      name: "局党组"', '      name: "局党组"\n      count: -3'),
    /count：/,
  ],
  ['a script tag in the body', `${VALID}\n<script>alert(1)</script>\n`, /不允许的组件或 HTML 标签 <script>/],
];

describe('hostile editor input that is invalid', () => {
  it(`has at least 30 hostile cases in all (${Object.keys(LITERAL).length} rendered + ${REJECTED.length} rejected)`, () => {
    expect(Object.keys(LITERAL).length + REJECTED.length).toBeGreaterThanOrEqual(30);
  });

  it.each(REJECTED)('rejects %s with a clear message, in bounded time', (_name, contents, message) => {
    const started = performance.now();
    const { diagnostics } = checkCaseFile('content/cases/hostile.mdx', contents);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(diagnostics.map(formatDiagnostic).join('\n')).toMatch(message);
  });

  it('fails the build on all of them with the same messages, without hanging', async () => {
    const dir = mkdtempSync('tests/fixtures/generated-hostile-');
    try {
      REJECTED.forEach(([, contents], index) => writeFileSync(join(dir, `hostile-${index}.mdx`), contents));
      // A file name with a bidi control character is rejected by name.
      writeFileSync(join(dir, 'evil\u202Egpj.mdx'), VALID);
      const started = performance.now();
      const build = await buildSite({ env: { CASEBOOK_CASES_DIR: dir }, force: true });
      expect(performance.now() - started).toBeLessThan(60_000);
      expect(build.code).not.toBe(0);
      expect(build.output).toContain(`内容检查未通过，共`);
      for (const [index, [, , message]] of REJECTED.entries()) {
        const lines = build.output
          .split('\n')
          .filter((line) => line.startsWith(`${dir}/hostile-${index}.mdx:`));
        expect(lines.join('\n'), `hostile-${index}`).toMatch(message);
      }
      expect(build.output).toContain('evil\u202Egpj.mdx:1:1 文件名即网址（slug）');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
