export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'casebook-theme';

/**
 * Runs in <head> before first paint so a stored theme never flashes. The one inline script of the
 * site: the Content-Security-Policy allows exactly this text by its hash.
 */
export const THEME_INIT_SCRIPT =
  `try{const t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});` +
  `if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;

/** The theme in force: the reader's stored choice, else the system's. */
export function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
