import type { Root } from 'hast';
import { markPassages } from './passage-marks';
import { sourcePassages } from './provenance';

/** The part of a unified file this plugin reads: Astro puts the frontmatter in its data. */
interface AstroFile {
  path: string;
  data: { astro?: { frontmatter?: { metrics?: unknown } } };
}

/**
 * Rehype plugin: wraps each metric's source passage in the case body in `<mark id>`, so that the
 * metric table can link every figure to the sentence that states it.
 */
export function rehypeMetricSources() {
  return (tree: Root, file: AstroFile): void => {
    const { metrics } = file.data.astro?.frontmatter ?? {};
    if (!Array.isArray(metrics)) return;
    const cited = metrics.filter(
      (metric): metric is { source: string } => typeof metric?.source === 'string',
    );
    const missing = markPassages(tree, sourcePassages(cited).passages);
    if (missing.length > 0) {
      throw new Error(
        `${file.path}：页面正文中找不到这些出处，无法标注：${missing.map(({ text }) => `“${text}”`).join('、')}`,
      );
    }
  };
}
