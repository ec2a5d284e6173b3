import fs from 'node:fs/promises';
import path from 'node:path';

export function createStorage({ root }: { driver: string; root: string }) {
  return {
    async getItem(key: string) {
      // expect: path-traversal
      const raw = await fs.readFile(path.join(root, `${key}.json`), 'utf8').catch(() => null);
      return raw === null ? null : JSON.parse(raw);
    },
    async setItem(key: string, value: unknown) {
      await fs.writeFile(path.join(root, `${key}.json`), JSON.stringify(value));
    },
    async removeItem(key: string) {
      await fs.rm(path.join(root, `${key}.json`), { force: true });
    },
  };
}
