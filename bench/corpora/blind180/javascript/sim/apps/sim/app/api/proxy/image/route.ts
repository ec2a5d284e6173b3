import { type NextRequest, NextResponse } from 'next/server'

import { getSession } from '@/lib/auth'
import { createLogger } from '@/lib/logs/console/logger'
import { validateExternalUrl } from '@/lib/security/url-validation'

const logger = createLogger('ImageProxyAPI')

export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest) {
  const session = await getSession()
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  }

  const imageUrl = request.nextUrl.searchParams.get('url')
  if (!imageUrl) {
    return NextResponse.json({ error: 'Missing url parameter' }, { status: 400 })
  }

  const validation = await validateExternalUrl(imageUrl, 'imageUrl')
  if (!validation.isValid) {
    logger.warn('Blocked image proxy request', { error: validation.error })
    return NextResponse.json({ error: validation.error }, { status: 400 })
  }

  const upstream = await fetch(imageUrl, { redirect: 'error', signal: AbortSignal.timeout(15000) })
  const contentType = upstream.headers.get('content-type') ?? ''
  if (!upstream.ok || !contentType.startsWith('image/')) {
    return NextResponse.json({ error: 'Upstream did not return an image' }, { status: 502 })
  }

  return new NextResponse(upstream.body, {
    headers: {
      'Content-Type': contentType,
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
