import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { casesDir } from '../build/cases-dir';
import { splitFrontmatter } from '../lib/content/frontmatter';
import { inventoryProblems, type Inventory } from '../lib/content/inventory';
import { slugFromPath } from '../lib/content/slug';
import { SEARCH_BUNDLE_DIR } from '../lib/search/bundle';

/**
 * The case slugs of the search index, read from Pagefind's own fragment files (gzip, "pagefind_dcd" +
 * JSON). Their URLs are relative to the built folder: the browser adds the base path.
 */
function indexedSlugs(outDir: string): string[] {
  const dir = join(outDir, SEARCH_BUNDLE_DIR, 'fragment');
  if (!existsSync(dir)) return [];
  const casePath = /^\/cases\/([^/]+)\/$/;
  return readdirSync(dir).flatMap((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf-8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    const slug = casePath.exec(decodeURI(url))?.[1];
    return slug ? [slug] : [];
  });
}

function gather(outDir: string): Inventory {
  const sources = globSync(`${casesDir}/**/*.mdx`).map((file) => {
    const { yaml } = splitFrontmatter(readFileSync(file, 'utf-8'));
    const data = (yaml ? parse(yaml) : {}) as { draft?: unknown };
    return { file, slug: slugFromPath(file), draft: data.draft === true };
  });
  const casesOut = join(outDir, 'cases');
  const pages = existsSync(casesOut)
    ? readdirSync(casesOut).filter((slug) => existsSync(join(casesOut, slug, 'index.html')))
    : [];
  const dataFile = join(outDir, 'data', 'cases.json');
  const data = existsSync(dataFile)
    ? (JSON.parse(readFileSync(dataFile, 'utf-8')) as { cases: { slug: string }[] }).cases.map((c) => c.slug)
    : [];
  return { sources, pages, indexed: indexedSlugs(outDir), data };
}

/**
 * Nothing lost: after the build (and the search index), every published case file must have become
 * exactly one page, one search record and one open-data entry. Any mismatch fails the build by name;
 * drafts are listed so that an editor sees why a case is missing.
 */
export function inventory(): AstroIntegration {
  return {
    name: 'casebook-inventory',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const found = gather(fileURLToPath(dir));
        const drafts = found.sources.filter((source) => source.draft);
        if (drafts.length > 0) {
          logger.info(`草稿 ${drafts.length} 个，未发布：${drafts.map((draft) => draft.file).join('、')}`);
        }
        const problems = inventoryProblems(found);
        if (problems.length > 0) {
          throw new Error(`有案例在构建中丢失或重复：\n${problems.join('\n')}`);
        }
        const published = found.sources.length - drafts.length;
        logger.info(`${published} 个已发布案例：各有 1 个页面、1 条检索记录、1 条开放数据`);
      },
    },
  };
}
