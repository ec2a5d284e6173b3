import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import configPromise from '@payload-config'

export async function GET(req: Request): Promise<Response> {
  const payload = await getPayload({ config: configPromise })
  const { searchParams } = new URL(req.url)
  const path = searchParams.get('path')
  const collection = searchParams.get('collection')
  const previewSecret = searchParams.get('previewSecret')

  if (previewSecret !== process.env.PREVIEW_SECRET) {
    return new Response('You are not allowed to preview this page', { status: 403 })
  }
  if (!path || !collection) {
    return new Response('Insufficient search params', { status: 404 })
  }
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) {
    return new Response('This endpoint can only be used for relative previews', { status: 500 })
  }

  const { user } = await payload.auth({ headers: req.headers })
  if (!user) {
    const draft = await draftMode()
    draft.disable()
    return new Response('You are not allowed to preview this page', { status: 403 })
  }

  const draft = await draftMode()
  draft.enable()
  redirect(path)
}
