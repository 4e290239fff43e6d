// Loaded on every page, so kept small: shortcuts to the header search box, the results panel loaded
// when the box is first used, and search terms highlighted on a case opened from a result.
const form = document.querySelector<HTMLFormElement>('[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

if (form && input) {
  const bundleUrl = form.dataset.bundle ?? '/pagefind/';
  let panel: Promise<typeof import('./panel')> | undefined;
  const openPanel = () => {
    panel ??= import('./panel');
    void panel.then((module) => module.attachPanel(form, input, bundleUrl));
  };
  input.addEventListener('focus', openPanel, { once: true });
  input.addEventListener('input', openPanel, { once: true });
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    if (
      shortcut ||
      (event.key === '/' && !isTyping(event.target) && !event.altKey && !event.ctrlKey && !event.metaKey)
    ) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}

const highlights = new URLSearchParams(location.search).getAll('highlight');
const body = document.querySelector('[data-pagefind-body]');
if (highlights.length > 0 && body && form) {
  void (async () => {
    const url = `${form.dataset.bundle ?? '/pagefind/'}pagefind-highlight.js`;
    const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
      default: new (options: object) => unknown;
    };
    new PagefindHighlight({
      highlightParam: 'highlight',
      addStyles: false,
      markOptions: {
        className: 'search-hit',
        exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      },
    });
    document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
  })();
}
