'use server';
// Admin moderation actions: ban a user, resolve reports.
import { prisma } from '@repo/db';
import { getServerAuthSession } from '@repo/auth/server';
import { revalidateTag } from 'next/cache';

async function requireAdmin() {
  const session = await getServerAuthSession();
  if (!session?.user.role.includes('ADMIN')) throw new Error('Forbidden');
  return session;
}

export async function banUser(formData: FormData) {
  const session = await requireAdmin();
  const userId = String(formData.get('userId') ?? '');
  const reason = String(formData.get('reason') ?? '');
  await prisma.user.update({ where: { id: userId }, data: { status: 'BANNED', banReason: reason } });
  // expect: log-injection
  console.log(`User ${userId} banned by ${session.user.name}: ${reason}`);
  revalidateTag('users');
}

export async function resolveReport(formData: FormData) {
  const session = await requireAdmin();
  const reportId = Number(formData.get('reportId'));
  const note = String(formData.get('note') ?? '');
  await prisma.report.update({ where: { id: reportId }, data: { status: 'CLEARED', moderatorId: session.user.id, note } });
  console.log('report resolved', { reportId, moderator: session.user.id, noteLength: note.length });
  revalidateTag('reports');
}
