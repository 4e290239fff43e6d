/**
 * The section being read: the last one whose heading has scrolled above a line near the top of the
 * window, or the first section while none has. `tops` are in page order, measured from the top of the window.
 */
export function currentSectionId(tops: readonly { id: string; top: number }[], line: number): string | undefined {
  let current = tops[0]?.id;
  for (const { id, top } of tops) {
    if (top <= line) current = id;
    else break;
  }
  return current;
}
