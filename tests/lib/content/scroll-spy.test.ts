import { describe, expect, it } from 'vitest';
import { currentSectionId } from '../../../src/lib/content/scroll-spy';

describe('currentSectionId', () => {
  const at = (...tops: number[]) => tops.map((top, index) => ({ id: `s${index}`, top }));

  it('is the last section whose heading is above the line', () => {
    expect(currentSectionId(at(-800, -200, 150, 900), 200)).toBe('s2');
    expect(currentSectionId(at(-800, -200, 450, 900), 200)).toBe('s1');
  });

  it('is the first section before any heading reaches the line, and nothing without sections', () => {
    expect(currentSectionId(at(500, 900), 200)).toBe('s0');
    expect(currentSectionId([], 200)).toBeUndefined();
  });
});
