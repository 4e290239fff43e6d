import type { MermaidConfig } from 'mermaid';

/** CJK-first font stack; the build measures labels with the first one installed (Noto Sans CJK on Debian). */
export const DIAGRAM_FONT_STACK =
  '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif';

/**
 * One Mermaid configuration for the build-time renderer and the in-browser fallback, so both draw the
 * same diagram. Colours come from the site's CSS (see OrgDiagram.astro), not from Mermaid's theme.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  deterministicIds: true,
  theme: 'base',
  look: 'classic',
  layout: 'dagre',
  fontFamily: DIAGRAM_FONT_STACK,
  themeVariables: { fontFamily: DIAGRAM_FONT_STACK, fontSize: '15px' },
  flowchart: {
    htmlLabels: true,
    // Mermaid's default of 120 px wraps a ten-character Chinese name.
    wrappingWidth: 240,
    useMaxWidth: true,
    nodeSpacing: 24,
    rankSpacing: 44,
    padding: 12,
    curve: 'basis',
  },
} as const satisfies MermaidConfig;
