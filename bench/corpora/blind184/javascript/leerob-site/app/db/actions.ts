'use server';

import { auth } from 'app/auth';
import { type Session } from 'next-auth';
import { revalidatePath, unstable_noStore as noStore } from 'next/cache';
import { redirect } from 'next/navigation';
import { sql, searchGuestbookEntries, countEntriesByEmail } from './postgres';

export async function increment(slug: string) {
  noStore();
  await sql`
    INSERT INTO views (slug, count)
    VALUES (${slug}, 1)
    ON CONFLICT (slug)
    DO UPDATE SET count = views.count + 1
  `;
}

async function getSession(): Promise<Session> {
  const session = await auth();
  if (!session || !session.user) {
    throw new Error('Unauthorized');
  }
  return session;
}

export async function saveGuestbookEntry(formData: FormData) {
  const session = await getSession();
  const email = session.user?.email as string;
  const createdBy = session.user?.name as string;
  const entry = formData.get('entry')?.toString() || '';
  const body = entry.slice(0, 500);
  if (body.trim().length === 0) {
    return;
  }
  if ((await countEntriesByEmail(email)) >= 20) {
    throw new Error('Too many entries');
  }

  await sql`
    INSERT INTO guestbook (id, email, body, created_by, created_at)
    VALUES (gen_random_uuid(), ${email}, ${body}, ${createdBy}, now())
  `;
  revalidatePath('/guestbook');
}

export async function deleteGuestbookEntries(selectedEntries: string[]) {
  const session = await getSession();
  if (session.user?.email !== 'me@leerob.com') {
    throw new Error('Unauthorized');
  }
  const ids = selectedEntries.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  await sql`DELETE FROM guestbook WHERE id = ANY(${ids}::uuid[])`;
  revalidatePath('/admin');
  revalidatePath('/guestbook');
}

export async function searchEntries(formData: FormData) {
  const session = await getSession();
  if (session.user?.email !== 'me@leerob.com') {
    throw new Error('Unauthorized');
  }
  const term = formData.get('q')?.toString().trim() ?? '';
  if (!term) {
    redirect('/admin');
  }
  return searchGuestbookEntries(term);
}
