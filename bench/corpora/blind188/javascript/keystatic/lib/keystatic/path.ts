import path from 'node:path';

/**
 * A content path is valid when it is relative, uses forward slashes, and has
 * no empty, `.` or `..` segment. Absolute paths and Windows drive letters are refused.
 */
export function isFilepathValid(filepath: string): boolean {
  if (!filepath || filepath.length > 500) return false;
  if (filepath.startsWith('/') || filepath.includes('\\') || /^[a-zA-Z]:/.test(filepath)) return false;
  return filepath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

export function contentRoot(): string {
  return path.resolve(process.env.KEYSTATIC_LOCAL_BASE ?? process.cwd());
}

/** Resolves a valid content path under the root, or returns null. */
export function resolveContentPath(filepath: string): string | null {
  if (!isFilepathValid(filepath)) return null;
  const root = contentRoot();
  const full = path.resolve(root, filepath);
  return full.startsWith(root + path.sep) ? full : null;
}

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

export function isIgnored(relative: string): boolean {
  return relative.startsWith('node_modules/') || relative.startsWith('.git/') || relative.startsWith('.next/');
}
