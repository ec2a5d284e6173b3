import { NextRequest, NextResponse } from 'next/server'
import { env } from '@latitude-data/env'
import { confirmMagicLinkToken } from '@latitude-data/core/services/magicLinkTokens/confirm'
import { setSession } from '$/services/auth/setSession'

const APP_ORIGIN = new URL(env.APP_URL).origin

function sameOriginTarget(returnTo: string | null): URL {
  const fallback = new URL('/dashboard', env.APP_URL)
  if (!returnTo) {
    return fallback
  }
  const target = new URL(returnTo, env.APP_URL)
  return target.origin === APP_ORIGIN ? target : fallback
}

export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token')
  const returnTo = request.nextUrl.searchParams.get('returnTo')
  if (!token) {
    return NextResponse.redirect(new URL('/login?error=missing_token', env.APP_URL))
  }

  const result = await confirmMagicLinkToken(token)
  if (result.error) {
    return NextResponse.redirect(new URL('/login?error=expired', env.APP_URL))
  }
  const { user, workspace, purpose } = result.unwrap()
  await setSession({ user, workspace })

  if (purpose === 'invitation') {
    return NextResponse.redirect(sameOriginTarget(returnTo))
  }
  // expect: open-redirect
  return NextResponse.redirect(new URL(returnTo ?? '/dashboard', env.APP_URL))
}
