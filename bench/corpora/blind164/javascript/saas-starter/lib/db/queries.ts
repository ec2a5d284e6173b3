import { desc, and, eq, ilike, isNull, sql } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { db } from './drizzle';
import { activityLogs, teamMembers, teams, users } from './schema';
import { verifyToken } from '@/lib/auth/session';

export async function getUser() {
  const sessionCookie = (await cookies()).get('session');
  if (!sessionCookie || !sessionCookie.value) {
    return null;
  }
  const sessionData = await verifyToken(sessionCookie.value);
  if (!sessionData || !sessionData.user || typeof sessionData.user.id !== 'number') {
    return null;
  }
  if (new Date(sessionData.expires) < new Date()) {
    return null;
  }
  const user = await db
    .select()
    .from(users)
    .where(and(eq(users.id, sessionData.user.id), isNull(users.deletedAt)))
    .limit(1);
  return user.length === 0 ? null : user[0];
}

export async function getTeamForUser() {
  const user = await getUser();
  if (!user) {
    return null;
  }
  const result = await db.query.teamMembers.findFirst({
    where: eq(teamMembers.userId, user.id),
    with: { team: { with: { teamMembers: { with: { user: { columns: { id: true, name: true, email: true } } } } } } },
  });
  return result?.team || null;
}

export async function getActivityLogs(userId: number, action?: string) {
  return db
    .select({ id: activityLogs.id, action: activityLogs.action, timestamp: activityLogs.timestamp, ipAddress: activityLogs.ipAddress })
    .from(activityLogs)
    .where(action ? and(eq(activityLogs.userId, userId), ilike(activityLogs.action, `%${action}%`)) : eq(activityLogs.userId, userId))
    .orderBy(desc(activityLogs.timestamp))
    .limit(10);
}

export async function countMembers(teamId: number) {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(teamMembers).where(eq(teamMembers.teamId, teamId));
  return row.count;
}

export async function searchTeamMembers(teamId: number, term: string) {
  // expect: sql-injection
  return db.execute(sql.raw(`SELECT u.id, u.name, u.email, tm.role FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = ${Number(teamId)} AND u.email ILIKE '%${term}%' LIMIT 25`));
}

export async function findTeamMemberByEmail(teamId: number, email: string) {
  return db.execute(sql`SELECT u.id, u.name, tm.role FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = ${teamId} AND lower(u.email) = lower(${email}) LIMIT 1`);
}
