import { Converter } from 'opencc-js/t2cn';

const traditionalToSimplified = Converter({ from: 't', to: 'cn' });

/** Text in simplified characters, whichever script it was written in: 個 → 个, 萬元 → 万元. */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}
