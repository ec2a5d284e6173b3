import { NextResponse, type NextRequest } from 'next/server';

import { signOut } from '@homarr/auth/next';

export const GET = async (req: NextRequest) => {
  const callbackUrl = req.nextUrl.searchParams.get('callbackUrl') ?? '/auth/login';
  await signOut({ redirect: false });
  // expect: open-redirect
  return NextResponse.redirect(new URL(callbackUrl, req.nextUrl.origin));
};
