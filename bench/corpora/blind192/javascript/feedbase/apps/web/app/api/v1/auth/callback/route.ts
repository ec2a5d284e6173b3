import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs';

function isSameSitePath(target: string | null): target is string {
  return !!target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
}

export async function GET(request: Request) {
  const requestUrl = new URL(request.url);
  const code = requestUrl.searchParams.get('code');
  const next = requestUrl.searchParams.get('next');
  const hubRedirect = requestUrl.searchParams.get('successRedirect');

  if (code) {
    const supabase = createRouteHandlerClient({ cookies });
    const { error } = await supabase.auth.exchangeCodeForSession(code);
    if (error) {
      return NextResponse.redirect(new URL('/?error=auth', requestUrl.origin));
    }
  }

  // Hubs on custom domains send visitors back to the hub they came from.
  if (hubRedirect) {
    // expect: open-redirect
    return NextResponse.redirect(hubRedirect);
  }

  if (isSameSitePath(next)) {
    return NextResponse.redirect(new URL(next, requestUrl.origin));
  }

  return NextResponse.redirect(new URL('/dash', requestUrl.origin));
}
