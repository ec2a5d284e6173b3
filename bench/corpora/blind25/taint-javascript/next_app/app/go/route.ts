import { NextRequest, NextResponse } from 'next/server';

export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to') ?? '/';
  // expect: open-redirect
  return NextResponse.redirect(new URL(to, request.url));
}

export function POST(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to') ?? '/';
  const safe = to.startsWith('/') && !to.startsWith('//') ? to : '/';
  return NextResponse.redirect(new URL(safe, request.nextUrl.origin));
}
