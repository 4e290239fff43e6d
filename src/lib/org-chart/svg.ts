/** Smallest scale a diagram is shown at: 15 px labels stay above 11 px. */
export const MIN_SCALE = 0.75;

const STYLE = /<style>[\s\S]*?<\/style>/g;
const DATA_POINTS = / data-points="[^"]*"/g;
/** Edge labels Mermaid writes for edges that have none. */
const EMPTY_EDGE_LABEL =
  /<g class="edgeLabel"><g class="label" data-id="[^"]*" transform="[^"]*"><foreignObject width="0" height="0"><div [^>]*><span class="edgeLabel"><\/span><\/div><\/foreignObject><\/g><\/g>/g;
/** Mermaid wraps each node's text in a `<p>` inside a `<span>`, which HTML does not allow. */
const PARAGRAPH_IN_LABEL = /<span class="nodeLabel"><p>([\s\S]*?)<\/p><\/span>/g;
const DEFINITION = /<(marker|filter|linearGradient)\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g;

/**
 * Mermaid's SVG as the page embeds it. Removed: Mermaid's own `<style>` (the site styles every diagram
 * from one stylesheet with light and dark colours), the markers, filters and gradients nothing refers to,
 * empty edge labels and layout debugging data; the paragraph in each node label (the label's text and
 * line breaks stay in its `<span>`). A wide tree shrinks to fit its column down to
 * MIN_SCALE of its natural size (labels stay readable on a phone), then scrolls inside its figure.
 */
export function cleanMermaidSvg(svg: string): string {
  let out = svg
    .replace(STYLE, '')
    .replace(DATA_POINTS, '')
    .replace(EMPTY_EDGE_LABEL, '')
    .replace(PARAGRAPH_IN_LABEL, '<span class="nodeLabel">$1</span>');
  out = out.replace(DEFINITION, (definition, _tag, id: string) =>
    out.includes(`url(#${id})`) ? definition : '',
  );
  out = out.replace(/<defs><\/defs>/g, '').replace(/<g class="edgeLabels"><\/g>/g, '');
  return out.replace(
    /(<svg [^>]*?style="max-width: )([\d.]+)px;"/,
    (_match, start: string, width: string) =>
      `${start}${Math.ceil(Number(width))}px; min-width: ${Math.ceil(Number(width) * MIN_SCALE)}px;"`,
  );
}
