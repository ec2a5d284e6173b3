import type { LoaderFunctionArgs } from '@remix-run/node'
import { prisma } from '~/utils/db.server'

const CUID = /^[a-z0-9]{20,32}$/

export async function loader({ params }: LoaderFunctionArgs) {
  const imageId = params.imageId ?? ''
  if (!CUID.test(imageId)) {
    throw new Response('Image ID is required', { status: 400 })
  }

  const image = await prisma.userImage.findUnique({
    where: { id: imageId },
    select: { contentType: true, blob: true, updatedAt: true },
  })
  if (!image) {
    throw new Response('Not found', { status: 404 })
  }

  return new Response(image.blob, {
    headers: {
      'Content-Type': image.contentType,
      'Content-Length': Buffer.byteLength(image.blob).toString(),
      'Content-Disposition': `inline; filename="${imageId}"`,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Last-Modified': image.updatedAt.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
