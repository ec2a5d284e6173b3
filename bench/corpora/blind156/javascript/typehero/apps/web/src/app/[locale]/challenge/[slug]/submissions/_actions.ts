'use server';
// Server actions for a challenge's submissions tab: search, and the old server-side grader.
import { prisma } from '@repo/db';
import { getServerAuthSession } from '@repo/auth/server';
import { revalidatePath } from 'next/cache';
import { gradeSubmission, gradeSubmissionLegacy } from '~/server/grader';

export async function searchSubmissions(slug: string, formData: FormData) {
  const session = await getServerAuthSession();
  if (!session) throw new Error('Unauthorized');
  const query = String(formData.get('query') ?? '');
  const sort = formData.get('sort') === 'oldest' ? 'asc' : 'desc';

  return prisma.submission.findMany({
    where: { challenge: { slug }, userId: session.user.id, code: { contains: query } },
    orderBy: { createdAt: sort },
    take: 25,
  });
}

export async function searchAllSubmissions(slug: string, formData: FormData) {
  const session = await getServerAuthSession();
  if (!session?.user.role.includes('ADMIN')) throw new Error('Forbidden');
  const query = String(formData.get('query') ?? '');
  const exact = formData.get('exact') === 'on';
  if (exact) {
    return prisma.$queryRaw`SELECT s.id, s."userId" FROM "Submission" s JOIN "Challenge" c ON c.id = s."challengeId" WHERE c.slug = ${slug} AND s.code = ${query}`;
  }
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT s.id, s."userId" FROM "Submission" s JOIN "Challenge" c ON c.id = s."challengeId" WHERE c.slug = '${slug}' AND s.code ILIKE '%${query}%'`);
}

export async function submitSolution(slug: string, formData: FormData) {
  const session = await getServerAuthSession();
  if (!session) throw new Error('Unauthorized');
  const code = String(formData.get('code') ?? '');
  const legacy = formData.get('grader') === 'legacy';
  const isSuccessful = legacy ? await gradeSubmissionLegacy(slug, code) : await gradeSubmission(slug, code);
  await prisma.submission.create({
    data: { code, isSuccessful, user: { connect: { id: session.user.id } }, challenge: { connect: { slug } } },
  });
  revalidatePath(`/challenge/${slug}/submissions`);
  return { isSuccessful };
}
