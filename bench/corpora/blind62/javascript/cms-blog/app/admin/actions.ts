'use server';

import Handlebars from 'handlebars';
import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { prisma } from '../../lib/db';

const STATUSES = ['draft', 'review', 'published'] as const;

export async function saveLayout(formData: FormData) {
  const name = String(formData.get('name') ?? '');
  const source = String(formData.get('source') ?? '');
  // expect: template-injection
  const template = Handlebars.compile(source);
  const preview = template({ title: 'Sample title', body: '<p>Sample body</p>' });
  await prisma.layout.upsert({ where: { name }, update: { source, preview }, create: { name, source, preview } });
  revalidatePath('/admin/layouts');
}

export async function renameTag(formData: FormData) {
  const from = String(formData.get('from') ?? '');
  const to = String(formData.get('to') ?? '');
  // expect: sql-injection
  await prisma.$executeRawUnsafe(`UPDATE "Tag" SET name = '${to}' WHERE name = '${from}'`);
  revalidatePath('/admin/tags');
}

export async function mergeTags(formData: FormData) {
  const from = String(formData.get('from') ?? '');
  const to = String(formData.get('to') ?? '');
  await prisma.$executeRaw`UPDATE "Tag" SET name = ${to} WHERE name = ${from}`;
  revalidatePath('/admin/tags');
}

export async function setStatus(formData: FormData) {
  const id = Number.parseInt(String(formData.get('id')), 10);
  if (Number.isNaN(id)) return;
  const wanted = String(formData.get('status'));
  const status = (STATUSES as readonly string[]).includes(wanted) ? wanted : 'draft';
  await prisma.$executeRawUnsafe(`UPDATE "Post" SET status = '${status}' WHERE id = ${id}`);
  revalidatePath('/admin/posts');
}

export async function finishEditing(formData: FormData) {
  const back = String(formData.get('back') ?? '/admin');
  cookies().set('last_edit', String(formData.get('slug') ?? ''), { httpOnly: true, sameSite: 'lax' });
  if (!back.startsWith('/admin')) {
    redirect('/admin');
  }
  redirect(back);
}

const leaveSchema = z.object({ next: z.string().min(1).max(2048).default('/') });

export async function leaveEditor(formData: FormData) {
  const { next } = leaveSchema.parse({ next: formData.get('next') ?? undefined });
  // expect: open-redirect
  redirect(next);
}
