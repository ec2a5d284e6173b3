// Next.js (TSX): router.push with a query value, middleware NextResponse.redirect, and safe forms
import { useRouter } from 'next/router';
import { NextRequest, NextResponse } from 'next/server';
import React, { useEffect } from 'react';

export function AfterLogin() {
  const router = useRouter();
  useEffect(() => {
    const callbackUrl = router.query.callbackUrl as string | undefined;
    if (callbackUrl) {
      // expect: open-redirect
      window.location.href = callbackUrl;
    } else {
      router.push('/dashboard');
    }
  }, [router]);
  return <p>Signing you in…</p>;
}

export function middleware(req: NextRequest) {
  const to = req.nextUrl.searchParams.get('to');
  if (to) {
    // expect: open-redirect
    return NextResponse.redirect(new URL(to));
  }
  if (!req.cookies.get('session')) {
    return NextResponse.redirect(new URL('/login', req.url));
  }
  return NextResponse.next();
}

export function safeMiddleware(req: NextRequest) {
  const to = req.nextUrl.searchParams.get('to') ?? '/';
  const dest = new URL(to, req.url);
  if (dest.origin !== req.nextUrl.origin) {
    return NextResponse.redirect(new URL('/', req.url));
  }
  return NextResponse.redirect(dest);
}
