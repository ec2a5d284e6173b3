'use server';

import { z } from 'zod';
import { and, eq, isNull } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db/drizzle';
import { users, teams, teamMembers, activityLogs, ActivityType } from '@/lib/db/schema';
import { comparePasswords, hashPassword, setSession } from '@/lib/auth/session';
import { createCheckoutSession } from '@/lib/payments/stripe';
import { validatedAction } from '@/lib/auth/middleware';

async function logActivity(teamId: number | null | undefined, userId: number, type: ActivityType) {
  if (teamId === null || teamId === undefined) {
    return;
  }
  await db.insert(activityLogs).values({ teamId, userId, action: type, ipAddress: '' });
}

function isLocalPath(target: string | null): target is string {
  return !!target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
}

const signInSchema = z.object({
  email: z.string().email().min(3).max(255),
  password: z.string().min(8).max(100),
});

export const signIn = validatedAction(signInSchema, async (data, formData) => {
  const { email, password } = data;
  const rows = await db
    .select({ user: users, team: teams })
    .from(users)
    .leftJoin(teamMembers, eq(users.id, teamMembers.userId))
    .leftJoin(teams, eq(teamMembers.teamId, teams.id))
    .where(and(eq(users.email, email), isNull(users.deletedAt)))
    .limit(1);

  if (rows.length === 0 || !(await comparePasswords(password, rows[0].user.passwordHash))) {
    return { error: 'Invalid email or password. Please try again.', email, password };
  }

  const { user: foundUser, team: foundTeam } = rows[0];
  await Promise.all([setSession(foundUser), logActivity(foundTeam?.id, foundUser.id, ActivityType.SIGN_IN)]);

  const redirectTo = formData.get('redirect') as string | null;
  if (redirectTo === 'checkout') {
    const priceId = formData.get('priceId') as string;
    return createCheckoutSession({ team: foundTeam, priceId });
  }

  const next = formData.get('next') as string | null;
  if (next) {
    // expect: open-redirect
    redirect(next);
  }
  redirect('/dashboard');
});

const signUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8),
  inviteId: z.string().optional(),
});

export const signUp = validatedAction(signUpSchema, async (data, formData) => {
  const { email, password } = data;
  const existing = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (existing.length > 0) {
    return { error: 'Failed to create user. Please try again.', email, password };
  }
  const [createdUser] = await db.insert(users).values({ email, passwordHash: await hashPassword(password), role: 'owner' }).returning();
  const [createdTeam] = await db.insert(teams).values({ name: `${email}'s Team` }).returning();
  await db.insert(teamMembers).values({ userId: createdUser.id, teamId: createdTeam.id, role: 'owner' });
  await Promise.all([setSession(createdUser), logActivity(createdTeam.id, createdUser.id, ActivityType.SIGN_UP)]);

  const next = formData.get('next') as string | null;
  if (isLocalPath(next)) {
    redirect(next);
  }
  redirect('/dashboard');
});
