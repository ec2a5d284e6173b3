import { NextRequest, NextResponse } from 'next/server';
import { getTeamForUser, getUser, searchTeamMembers, findTeamMemberByEmail, countMembers } from '@/lib/db/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const user = await getUser();
  if (!user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const team = await getTeamForUser();
  if (!team) {
    return NextResponse.json({ error: 'No team' }, { status: 404 });
  }

  const params = request.nextUrl.searchParams;
  const email = params.get('email');
  if (email) {
    const result = await findTeamMemberByEmail(team.id, email);
    return NextResponse.json({ members: result.rows });
  }

  const q = params.get('q') ?? '';
  if (q.length < 2) {
    return NextResponse.json({ members: [], total: await countMembers(team.id) });
  }
  const result = await searchTeamMembers(team.id, q);
  return NextResponse.json({ members: result.rows });
}

export async function HEAD() {
  const team = await getTeamForUser();
  return new NextResponse(null, { status: team ? 204 : 404 });
}
