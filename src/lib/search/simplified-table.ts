import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

const dictKeys = (dict: string) => dict.split('|').map((line) => line.split(' ')[0] ?? '');

/**
 * OpenCC's character tables as one fold table: Taiwan and Hong Kong variant forms to standard
 * traditional, then traditional to simplified. Character tables only: phrase tables would change
 * the length of the text and make the folding depend on context.
 */
export function simplifiedFoldTable(): Map<string, string> {
  const toSimplified = ConverterFactory([TWVariantsRev, HKVariantsRev], [TSCharacters]);
  const table = new Map<string, string>();
  for (const char of new Set([TWVariantsRev, HKVariantsRev, TSCharacters].flatMap(dictKeys))) {
    const simplified = toSimplified(char);
    if (simplified !== char && [...simplified].length === 1 && [...char].length === 1)
      table.set(char, simplified);
  }
  return table;
}
