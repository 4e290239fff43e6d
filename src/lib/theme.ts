export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'casebook-theme';

/** The theme in force: the reader's stored choice, else the system's. */
export function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
