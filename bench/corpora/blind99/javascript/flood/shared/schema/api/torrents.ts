import { array, boolean, object, string } from 'zod';

export const addTorrentByURLSchema = object({
  urls: array(string()).nonempty(),
  cookies: object({}).catchall(array(string())).optional(),
  destination: string().optional(),
  tags: array(string()).optional(),
  isBasePath: boolean().optional(),
  start: boolean().optional(),
});

export const addTorrentByFileSchema = object({
  files: array(string()).nonempty(),
  fileNames: array(string()).optional(),
  destination: string().optional(),
  start: boolean().optional(),
});
