import path from 'path';
import config from '../../config';

export const accessDeniedError = () => ({ code: 'EACCES', message: 'Access denied' });

export const isAllowedPath = (resolvedPath: string) => {
  if (config.allowedPaths == null) return true;
  return config.allowedPaths.some((allowedPath) => {
    const rel = path.relative(allowedPath, resolvedPath);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
};

export const sanitizePath = (input?: string): string => {
  if (typeof input !== 'string') throw accessDeniedError();
  return path.resolve(input.replace(/^~/, process.env.HOME || '').replace(/\0/g, ''));
};
