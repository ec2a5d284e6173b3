import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

import { checkAuth } from '@/server/middleware/checkAuth';

const UPLOAD_DIR = process.env.LOCAL_UPLOAD_DIR ?? path.join(process.cwd(), 'uploads');
const KEY_PATTERN = /^[\w-]+\/[\w-]+\.(png|jpe?g|webp|pdf|txt|md)$/;

// local file storage, used when S3 is not configured
export const GET = checkAuth(async (req, { jwtPayload }) => {
  const key = new URL(req.url).searchParams.get('key') ?? '';

  if (!KEY_PATTERN.test(key) || !key.startsWith(`${jwtPayload.userId}/`)) {
    return new Response('invalid key', { status: 400 });
  }

  const data = await readFile(path.join(UPLOAD_DIR, key));
  return new Response(data);
});

export const DELETE = checkAuth(async (req) => {
  const { key } = (await req.json()) as { key: string };
  // expect: path-traversal
  await unlink(path.join(UPLOAD_DIR, key));
  return Response.json({ success: true });
});
