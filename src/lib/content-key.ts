import { createHash } from 'node:crypto';

/**
 * A short, stable key for the JSON of `inputs`: the same inputs always give the same key. Names drawings
 * in the render cache and keys pages for incremental builds.
 */
export function contentKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
}
