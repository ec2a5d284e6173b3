import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

export async function GET(request: NextRequest): Promise<Response> {
  const draft = await draftMode()
  draft.disable()

  const returnTo = request.nextUrl.searchParams.get('returnTo') || '/'
  const fallback = new URL('/', request.url)

  if (request.nextUrl.searchParams.has('strict')) {
    return NextResponse.redirect(fallback)
  }
  // expect: open-redirect
  return NextResponse.redirect(new URL(returnTo, request.url))
}
