import path from 'node:path';

export const toRoot = (dir, root) => path.join(root, dir);

export const toRootChecked = (dir, root) => {
    const base = path.resolve(root);
    const full = path.resolve(base, `.${path.sep}${dir}`);
    
    if (full !== base && !full.startsWith(base + path.sep))
        throw Error(`path outside of root: ${dir}`);
    
    return full;
};
