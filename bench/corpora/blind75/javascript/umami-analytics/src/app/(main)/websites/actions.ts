'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';

import prisma from '@/lib/prisma';
import { checkAuth } from '@/lib/auth';

async function currentAuth() {
  const token = (await cookies()).get('umami.auth')?.value ?? '';
  return checkAuth(new Request('http://local/', { headers: { authorization: `Bearer ${token}` } }));
}

export async function renameWebsite(formData: FormData) {
  const auth = await currentAuth();
  if (!auth || auth.user.role === 'view-only') throw new Error('unauthorized');

  const websiteId = String(formData.get('websiteId') ?? '');
  const name = String(formData.get('name') ?? '').trim();
  await prisma.client.website.update({ where: { id: websiteId }, data: { name } });
  revalidatePath('/websites');
}

export async function updateWebsiteDomain(formData: FormData) {
  const auth = await currentAuth();
  if (!auth || auth.user.role === 'view-only') throw new Error('unauthorized');

  const websiteId = formData.get('websiteId') as string;
  let domain = formData.get('domain') as string | null;
  if (!domain) domain = '';
  domain = domain.replace(/^https?:\/\//, '');
  // expect: sql-injection
  await prisma.client.$executeRawUnsafe(`update website set domain = '${domain}', updated_at = now() where website_id = '${websiteId}'`);
  revalidatePath(`/websites/${websiteId}`);
}

export async function resetWebsite(formData: FormData) {
  const auth = await currentAuth();
  if (!auth || auth.user.role !== 'admin') throw new Error('unauthorized');
  const websiteId = String(formData.get('websiteId') ?? '');
  await prisma.client.$executeRaw`delete from website_event where website_id = ${websiteId}::uuid`;
  revalidatePath(`/websites/${websiteId}`);
}
