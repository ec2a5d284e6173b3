import path from 'node:path';

export class PathOutsideRootError extends Error {
  constructor(public readonly requested: string) {
    super('path escapes the storage root');
  }
}

/** Joins a user-supplied relative name onto a root, refusing anything that resolves outside it. */
export function resolveInside(root: string, relative: string): string {
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new PathOutsideRootError(relative);
  }
  return target;
}

/** Builds the on-disk location of a user's file. */
export function userFilePath(root: string, userDir: string, name: string): string {
  return path.join(root, userDir, name);
}

export function extensionOf(name: string): string {
  return path.extname(name).toLowerCase();
}
