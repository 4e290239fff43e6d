import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../src/lib/content/reading-time';

describe('readingMinutes', () => {
  it('counts Chinese characters at 400 a minute, rounding up', () => {
    expect(readingMinutes('党'.repeat(400))).toBe(1);
    expect(readingMinutes('党'.repeat(401))).toBe(2);
    expect(readingMinutes('党'.repeat(1900))).toBe(5);
  });

  it('does not count link targets, markup or punctuation', () => {
    const linked = `## 背景\n\n[${'党'.repeat(400)}](https://example.org/${'a/'.repeat(500)})，**。**`;
    expect(readingMinutes(linked)).toBe(2);
    expect(readingMinutes(`<div class="${'x '.repeat(1000)}">短</div>`)).toBe(1);
  });

  it('adds Latin words at 200 a minute and is never under a minute', () => {
    expect(readingMinutes('word '.repeat(600))).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });
});
