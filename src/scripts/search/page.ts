// /search/: the query and filters live in the address, so a search can be shared and reloaded.
import { ui } from '../../lib/i18n/ui';
import type { SearchHit } from '../../lib/search/engine';
import { FACETS, type Facet } from '../../lib/search/record';
import { readState, toggleFilter, writeState, type SearchState } from '../../lib/search/url';
import { countFacets, runSearch } from './client';
import { part } from './dom';
import { renderHit } from './render';

const PAGE_SIZE = 20;
const collator = new Intl.Collator('zh-Hans-CN');
const page = document.querySelector<HTMLElement>('[data-search-page]');

if (page) {
  const bundleUrl = page.dataset.bundle ?? '/pagefind/';
  const form = part<HTMLFormElement>(page, '[data-search-form]');
  const input = part<HTMLInputElement>(form, 'input[type="search"]');
  const hint = part<HTMLElement>(page, '[data-search-hint]');
  const facetsPanel = part<HTMLDetailsElement>(page, '[data-facets-panel]');
  const facetsBox = part<HTMLElement>(page, '[data-facets]');
  const clear = part<HTMLButtonElement>(page, '[data-clear-filters]');
  const status = part<HTMLElement>(page, '[data-search-status]');
  const list = part<HTMLOListElement>(page, '[data-search-results]');
  const more = part<HTMLButtonElement>(page, '[data-search-more]');

  let state: SearchState = readState(new URLSearchParams(location.search));
  let shown: { hits: SearchHit[]; highlights: string[][] } = { hits: [], highlights: [] };
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.value = state.query;
  const facetsActive = part<HTMLElement>(page, '[data-facets-active]');
  // Beside the results on a wide screen; folded above them on a phone.
  facetsPanel.open = matchMedia('(min-width: 48rem)').matches;

  const syncAddress = () => {
    const params = writeState(state).toString();
    history.replaceState(null, '', params ? `${location.pathname}?${params}` : location.pathname);
  };

  const renderFacets = (counts: Map<string, Map<string, number>>) => {
    const groups = FACETS.map((facet: Facet) => {
      const selected = state.filters[facet] ?? [];
      const values = [...(counts.get(facet) ?? [])]
        .filter(([value, count]) => count > 0 || selected.includes(value))
        .sort(([a, countA], [b, countB]) =>
          facet === 'year' ? b.localeCompare(a) : countB - countA || collator.compare(a, b),
        );
      if (values.length === 0) return null;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = ui.facets[facet];
      fieldset.append(legend);
      for (const [value, count] of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value;
        box.checked = selected.includes(value);
        label.append(box, ui.searchFacetValue(value, count));
        fieldset.append(label);
      }
      return fieldset;
    });
    facetsBox.replaceChildren(...groups.filter((group) => group !== null));
    const active = Object.values(state.filters).flat().length;
    clear.hidden = active === 0;
    facetsActive.textContent = active > 0 ? ui.searchFiltersActive(active) : '';
  };

  const showMore = async () => {
    const next = shown.hits.slice(list.children.length, list.children.length + PAGE_SIZE);
    const current = sequence;
    const items = await Promise.all(next.map((hit) => renderHit(hit, shown.highlights)));
    if (current !== sequence) return;
    list.append(...items);
    more.hidden = list.children.length >= shown.hits.length;
  };

  const update = async () => {
    const current = (sequence += 1);
    const searching = state.query !== '' || Object.keys(state.filters).length > 0;
    hint.hidden = searching;
    status.textContent = searching ? ui.searchLoading : '';
    try {
      const outcome = searching ? await runSearch(bundleUrl, state) : { hits: [], highlights: [] };
      const counts = await countFacets(bundleUrl, searching ? outcome.hits.map((hit) => hit.id) : undefined);
      if (current !== sequence) return;
      shown = outcome;
      list.replaceChildren();
      renderFacets(counts);
      if (searching)
        status.textContent =
          outcome.hits.length > 0
            ? ui.searchResultCount(outcome.hits.length)
            : ui.searchNoResults(state.query);
      await showMore();
    } catch {
      if (current === sequence) status.textContent = ui.searchFailed;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, query: input.value.trim() };
      syncAddress();
      void update();
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, query: input.value.trim() };
    syncAddress();
    void update();
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !FACETS.includes(box.name as Facet)) return;
    state = toggleFilter(state, box.name as Facet, box.value);
    syncAddress();
    void update();
  });
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    syncAddress();
    void update();
  });
  more.addEventListener('click', () => void showMore());
  void update();
}
