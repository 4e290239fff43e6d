import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Drawings that cost a browser or a rasteriser (org-chart SVGs, share images) live here between builds,
 * one folder per kind, each file named by the hash of everything that went into it.
 * CASEBOOK_RENDER_CACHE moves the folder (tests and the benchmark use their own).
 */
function cacheRoot(): string {
  return resolve(process.env.CASEBOOK_RENDER_CACHE ?? 'node_modules/.cache/casebook');
}

export interface RenderCache {
  has(name: string): boolean;
  read(name: string): Buffer | undefined;
  write(name: string, data: string | Uint8Array): void;
}

/** The cache of one kind of drawing; `name` is a key with the file's extension. */
export function renderCache(kind: string): RenderCache {
  const dir = () => join(cacheRoot(), kind);
  return {
    has: (name) => existsSync(join(dir(), name)),
    read(name) {
      try {
        return readFileSync(join(dir(), name));
      } catch {
        return undefined;
      }
    },
    write(name, data) {
      mkdirSync(dir(), { recursive: true });
      // Write then rename, so a build stopped half-way never leaves a truncated file behind.
      const file = join(dir(), name);
      writeFileSync(`${file}.tmp`, data);
      renameSync(`${file}.tmp`, file);
    },
  };
}
