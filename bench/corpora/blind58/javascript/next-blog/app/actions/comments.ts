'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '../../lib/db';

const MODERATION_DIR = '/var/lib/blog/moderation';

export async function addComment(formData: FormData) {
  const slug = String(formData.get('slug') ?? '');
  const author = String(formData.get('author') ?? 'anonymous');
  const body = String(formData.get('body') ?? '');

  await prisma.comment.create({ data: { slug, author, body } });

  const queueFile = path.join(MODERATION_DIR, `${slug}.log`);
  // expect: path-traversal
  await appendFile(queueFile, JSON.stringify({ author, body, at: Date.now() }) + '\n');

  revalidatePath(`/posts/${slug}`);
}

export async function reportComment(formData: FormData) {
  const id = Number.parseInt(String(formData.get('commentId')), 10);
  if (Number.isNaN(id)) return { ok: false };
  const reason = String(formData.get('reason') ?? '');
  const ua = (await headers()).get('user-agent') ?? '';
  await prisma.commentReport.create({ data: { commentId: id, reason, userAgent: ua } });
  await appendFile(path.join(MODERATION_DIR, `reports-${id}.log`), JSON.stringify({ reason, at: Date.now() }) + '\n');
  return { ok: true };
}
