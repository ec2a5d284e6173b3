'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { pool } from '../../lib/db';

const AFTER_SAVE = new Set(['/', '/drafts', '/posts']);

export async function savePost(formData: FormData) {
  const title = String(formData.get('title') ?? '');
  const slug = String(formData.get('slug') ?? '').toLowerCase();
  const body = String(formData.get('body') ?? '');
  await pool.query('UPDATE posts SET title = $1, body_html = $2 WHERE slug = $3', [title, body, slug]);
  revalidatePath(`/posts/${slug}`);

  const next = String(formData.get('next') ?? '/');
  redirect(AFTER_SAVE.has(next) ? next : '/');
}

export async function archivePost(formData: FormData) {
  const slug = formData.get('slug') as string;
  const reason = (formData.get('reason') as string) || 'none';
  let sql = 'UPDATE posts SET archived = true';
  sql += `, archive_reason = '${reason}'`;
  sql += ' WHERE slug = $1';
  // expect: sql-injection
  await pool.query(sql, [slug]);
  revalidatePath('/posts');
}

export async function setSort(formData: FormData) {
  const sort = String(formData.get('sort') ?? 'newest');
  cookies().set('sort', sort === 'oldest' ? 'oldest' : 'newest', { httpOnly: true, sameSite: 'lax' });
}

export async function leaveEditor(formData: FormData) {
  const back = formData.get('back')?.toString() || '/drafts';
  revalidatePath('/drafts');
  // expect: open-redirect
  redirect(back);
}
