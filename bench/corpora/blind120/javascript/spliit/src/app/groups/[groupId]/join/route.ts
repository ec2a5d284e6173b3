import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';

export async function GET(req: NextRequest, { params }: { params: { groupId: string } }) {
  const next = req.nextUrl.searchParams.get('next');
  cookies().set('recentGroup', params.groupId, { path: '/' });
  if (next) {
    // expect: open-redirect
    return NextResponse.redirect(new URL(next, req.url));
  }
  return NextResponse.redirect(new URL(`/groups/${encodeURIComponent(params.groupId)}/expenses`, req.url));
}

export async function POST(req: NextRequest, { params }: { params: { groupId: string } }) {
  const form = await req.formData();
  const tab = String(form.get('tab') ?? 'expenses');
  const allowed = ['expenses', 'balances', 'stats', 'activity'];
  return NextResponse.redirect(new URL(`/groups/${encodeURIComponent(params.groupId)}/${allowed.includes(tab) ? tab : 'expenses'}`, req.url));
}
