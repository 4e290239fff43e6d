// The two projects the benchmark builds, each in its own temporary folder so their caches are their own:
// a copy of this site, and a bare Astro site with the same MDX and Markdown processor and nothing else.
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a copy of the site leaves out: what it will make for itself, and what a build never reads. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'tests', 'screenshots', 'coverage']);

/**
 * A `node_modules` of links to the repository's packages: the copy resolves the same code, while Astro's
 * cache (`node_modules/.astro`) and the render cache stay inside the copy.
 */
function linkPackages(repoRoot: string, projectDir: string): void {
  const target = join(projectDir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (name === '.astro' || name === '.cache' || name === '.vite') continue;
    symlinkSync(join(repoRoot, 'node_modules', name), join(target, name));
  }
}

/** A copy of the site at `repoRoot` in `projectDir`: its docs come along, its cases are the benchmark's. */
export function copySite(repoRoot: string, projectDir: string): void {
  mkdirSync(projectDir, { recursive: true });
  for (const name of readdirSync(repoRoot)) {
    if (!NOT_COPIED.has(name)) cpSync(join(repoRoot, name), join(projectDir, name), { recursive: true });
  }
  rmSync(join(projectDir, 'content/cases'), { recursive: true, force: true });
  linkPackages(repoRoot, projectDir);
}

/**
 * Plain Astro reading the same case files: one page per case with its title and MDX body, a home page listing
 * them, no schema, components, diagrams or styles. Its Markdown settings are the site's own (read from the
 * site's astro.config.mjs), so both compile MDX the same way.
 */
export function writeBaseline(repoRoot: string, projectDir: string, casesDir: string): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'casebook-bench-baseline', private: true, type: 'module' }),
    'astro.config.mjs': [
      `import mdx from '@astrojs/mdx';`,
      `import { defineConfig } from 'astro/config';`,
      `import site from ${JSON.stringify(join(repoRoot, 'astro.config.mjs'))};`,
      `export default defineConfig({ integrations: [mdx()], markdown: site.markdown, vite: site.vite });`,
    ].join('\n'),
    'src/content.config.ts': [
      `import { defineCollection } from 'astro:content';`,
      `import { glob } from 'astro/loaders';`,
      `const cases = defineCollection({ loader: glob({ base: ${JSON.stringify(casesDir)}, pattern: '**/*.mdx' }) });`,
      `export const collections = { cases };`,
    ].join('\n'),
    'src/pages/cases/[slug].astro': [
      '---',
      `import { getCollection, render } from 'astro:content';`,
      'export async function getStaticPaths() {',
      `  return (await getCollection('cases')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));`,
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>',
    ].join('\n'),
    'src/pages/index.astro': [
      '---',
      `import { getCollection } from 'astro:content';`,
      `const cases = await getCollection('cases');`,
      '---',
      '<html lang="zh-CN"><head><meta charset="utf-8" /><title>Cases</title></head><body><ul>',
      '{cases.map((entry) => <li><a href={`/cases/${entry.id}/`}>{entry.data.title}</a></li>)}',
      '</ul></body></html>',
    ].join('\n'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(projectDir, path, '..'), { recursive: true });
    writeFileSync(join(projectDir, path), `${text}\n`);
  }
  linkPackages(repoRoot, projectDir);
}
