'use server';

import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/drizzle';
import { teams, users } from '@/lib/db/schema';
import { withTeam } from '@/lib/auth/middleware';
import { getUser } from '@/lib/db/queries';

const PUBLIC_UPLOADS = path.join(process.cwd(), 'public', 'uploads');
const IMAGE_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const MAX_BYTES = 2 * 1024 * 1024;

export async function updateAvatar(formData: FormData) {
  const user = await getUser();
  if (!user) {
    return { error: 'Not signed in' };
  }
  const file = formData.get('avatar');
  if (!(file instanceof File) || file.size > MAX_BYTES || !IMAGE_TYPES[file.type]) {
    return { error: 'Upload a PNG, JPEG or WebP image under 2 MB' };
  }
  const fileName = `${randomUUID()}.${IMAGE_TYPES[file.type]}`;
  await mkdir(path.join(PUBLIC_UPLOADS, 'avatars'), { recursive: true });
  await writeFile(path.join(PUBLIC_UPLOADS, 'avatars', fileName), Buffer.from(await file.arrayBuffer()));
  await db.update(users).set({ avatarUrl: `/uploads/avatars/${fileName}` }).where(eq(users.id, user.id));
  revalidatePath('/dashboard/general');
  return { success: 'Avatar updated' };
}

export const updateTeamLogo = withTeam(async (formData, team) => {
  const file = formData.get('logo');
  if (!(file instanceof File) || file.size > MAX_BYTES || !IMAGE_TYPES[file.type]) {
    return { error: 'Upload a PNG, JPEG or WebP image under 2 MB' };
  }
  const dir = path.join(PUBLIC_UPLOADS, 'teams', String(team.id));
  await mkdir(dir, { recursive: true });
  // expect: path-traversal
  await writeFile(path.join(dir, file.name), Buffer.from(await file.arrayBuffer()));
  await db.update(teams).set({ logoUrl: `/uploads/teams/${team.id}/${encodeURIComponent(file.name)}` }).where(eq(teams.id, team.id));
  revalidatePath('/dashboard/general');
  return { success: 'Logo updated' };
});
