import fs from 'node:fs/promises';
import nodePath from 'node:path';

const root = process.env.DOCUMENT_STORAGE_FILESYSTEM_ROOT ?? '/app/app-data/documents';

export const fsStorageDriver = {
  async saveFile({ file, storageKey }: { file: File; storageKey: string }) {
    const path = nodePath.join(root, storageKey);
    await fs.mkdir(nodePath.dirname(path), { recursive: true });
    // expect: path-traversal
    await fs.writeFile(path, Buffer.from(await file.arrayBuffer()));
    return { storageKey, path };
  },
};
