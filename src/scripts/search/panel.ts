// The header search box's results, shown under the header while typing.
import { ui } from '../../lib/i18n/ui';
import { writeState } from '../../lib/search/url';
import { preloadSearch, runSearch } from './client';
import { part } from './dom';
import { renderHit } from './render';

const PANEL_RESULTS = 5;
const attached = new WeakSet<HTMLFormElement>();

export function attachPanel(form: HTMLFormElement, input: HTMLInputElement, bundleUrl: string): void {
  if (attached.has(form)) return;
  attached.add(form);
  preloadSearch(bundleUrl);
  const panel = part<HTMLElement>(form, '[data-search-panel]');
  const status = part<HTMLElement>(panel, '[data-search-status]');
  const list = part<HTMLOListElement>(panel, '[data-search-results]');
  const more = part<HTMLAnchorElement>(panel, '[data-search-more]');
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The panel holds links reached with Tab, not a listbox, so the box stays a plain search box
  // (aria-expanded belongs to comboboxes); the status line announces the results.
  const show = (open: boolean) => {
    panel.hidden = !open;
  };

  const update = async () => {
    const query = input.value.trim();
    const current = (sequence += 1);
    if (!query) return show(false);
    show(true);
    status.textContent = ui.searchLoading;
    try {
      const { highlights, hits } = await runSearch(bundleUrl, { query, filters: {} });
      const items = await Promise.all(hits.slice(0, PANEL_RESULTS).map((hit) => renderHit(hit, highlights)));
      if (current !== sequence) return;
      list.replaceChildren(...items);
      status.textContent = hits.length > 0 ? ui.searchResultCount(hits.length) : ui.searchNoResults(query);
      more.hidden = hits.length <= PANEL_RESULTS;
      more.textContent = ui.searchAllResults(hits.length);
      more.href = `${form.action}?${writeState({ query, filters: {} })}`;
    } catch {
      if (current === sequence) status.textContent = ui.searchFailed;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') show(false);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) show(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) void update();
  });
  if (input.value.trim()) void update();
}
