/** The content and layout of a 1200×630 share image, as the element tree satori renders. */
import type { CaseData } from '../../schemas/case';
import { regionName } from '../content/cases';
import { formatMetric, headlineMetrics } from '../metrics/format';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Site name, shown small at the top. */
  site: string;
  /** The large line: a case's brand, or the site's own name. */
  headline: string;
  /** The line under it: unit and region, or the site's description. */
  subline: string;
  /** A headline figure with its label, when the case has one. */
  figure?: { value: string; label: string } | undefined;
  accent: string;
}

export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

const node = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * Font size of the headline: as large as lets it fit on one line of the 1056 px text width, at
 * most two lines for the longest brands (40 characters).
 */
export function headlineSize(text: string): number {
  const length = [...text].length;
  if (length <= 11) return 88;
  if (length <= 14) return 72;
  if (length <= 17) return 60;
  return 50;
}

export function shareCardTree(card: ShareCard): CardNode {
  const ink = '#1f1f1f';
  const muted = '#55534e';
  return node(
    {
      boxSizing: 'border-box',
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 60px',
      background: '#fbfaf8',
      borderTop: `16px solid ${card.accent}`,
      color: ink,
    },
    [
      node({ display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: card.accent }, [
        node({ width: 36, height: 36, marginRight: 16, borderRadius: 8, background: card.accent }),
        node({ display: 'flex' }, card.site),
      ]),
      node({ display: 'flex', flexDirection: 'column' }, [
        node(
          { display: 'flex', fontSize: headlineSize(card.headline), fontWeight: 700, lineHeight: 1.25 },
          card.headline,
        ),
        node({ display: 'flex', marginTop: 20, fontSize: 34, lineHeight: 1.4, color: muted }, card.subline),
      ]),
      card.figure
        ? node({ display: 'flex', alignItems: 'flex-end', paddingTop: 24, borderTop: '2px dashed #e4e0da' }, [
            node(
              {
                display: 'flex',
                flexShrink: 0,
                fontSize: 64,
                fontWeight: 700,
                lineHeight: 1.1,
                color: card.accent,
              },
              card.figure.value,
            ),
            node(
              { display: 'flex', marginLeft: 24, paddingBottom: 8, fontSize: 32, color: muted },
              card.figure.label,
            ),
          ])
        : node({ display: 'flex', height: 2, background: '#e4e0da' }),
    ],
  );
}

/** A case's card: its brand, unit and place, and its first headline figure. */
export function caseShareCard(data: CaseData, site: { name: string; themeColor: string }): ShareCard {
  const [metric] = headlineMetrics(data.metrics, 1);
  return {
    site: site.name,
    headline: data.brand,
    subline: `${data.unit.name} · ${regionName(data.unit.region)}`,
    figure: metric && { value: formatMetric(metric, data.lang), label: metric.label },
    accent: site.themeColor,
  };
}
