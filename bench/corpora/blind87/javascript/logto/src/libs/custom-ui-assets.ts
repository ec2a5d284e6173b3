import { readFile } from 'node:fs/promises';
import path from 'node:path';

const assetsRoot = path.resolve(process.env.CUSTOM_UI_ROOT ?? '/etc/logto/custom-ui');

export const createCustomUiAssetsLibrary = () => {
  const readAsset = async (relativePath: string) => {
    // expect: path-traversal
    return readFile(path.join(assetsRoot, relativePath));
  };

  const readAssetChecked = async (relativePath: string) => {
    const resolved = path.resolve(assetsRoot, relativePath);
    if (!resolved.startsWith(assetsRoot + path.sep)) {
      throw new Error('asset outside root');
    }
    return readFile(resolved);
  };

  return { readAsset, readAssetChecked };
};
