// Fallback for builds without a browser: draws the page's org charts in the reader's browser, loading
// Mermaid (shipped beside the site by the diagram-fallback integration) only once a diagram is about to
// scroll into view.
import type { Mermaid } from 'mermaid';
import { MERMAID_CONFIG } from '../lib/org-chart/mermaid-config';
import { cleanMermaidSvg } from '../lib/org-chart/svg';

const MERMAID_URL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}_mermaid/mermaid.esm.min.mjs`;

async function draw(canvases: HTMLElement[]): Promise<void> {
  const { default: mermaid } = (await import(/* @vite-ignore */ MERMAID_URL)) as { default: Mermaid };
  mermaid.initialize(MERMAID_CONFIG);
  for (const [index, canvas] of canvases.entries()) {
    const figure = canvas.closest('figure');
    const source = figure?.querySelector('[data-diagram-source]')?.textContent;
    if (!figure || !source) continue;
    const { svg } = await mermaid.render(`org-client-${index}`, source);
    canvas.innerHTML = cleanMermaidSvg(svg);
    canvas.hidden = false;
    figure.querySelector<HTMLDetailsElement>('[data-diagram-text]')?.removeAttribute('open');
  }
}

export function drawPendingDiagrams(): void {
  const canvases = [...document.querySelectorAll<HTMLElement>('[data-diagram-pending]')];
  if (canvases.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void draw(canvases);
    },
    { rootMargin: '200px' },
  );
  for (const canvas of canvases) observer.observe(canvas.closest('figure') ?? canvas);
}
