import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { type NextRequest, NextResponse } from 'next/server'

import { getSession } from '@/lib/auth'
import { downloadFromS3, USE_S3_STORAGE } from '@/lib/uploads/storage-client'
import { UPLOAD_DIR, contentTypeFor, resolveUploadPath } from '@/lib/uploads/setup'

export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const session = await getSession()
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  }

  const { path } = await params
  if (!path || path.length === 0) {
    return NextResponse.json({ error: 'No file path provided' }, { status: 400 })
  }

  const [storage, ...rest] = path
  const key = rest.join('/')

  if (storage === 's3' || USE_S3_STORAGE) {
    const buffer = await downloadFromS3(storage === 's3' ? key : path.join('/'))
    return new NextResponse(buffer, {
      headers: { 'Content-Type': contentTypeFor(key), 'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(rest[rest.length - 1] ?? 'file')}` },
    })
  }

  try {
    // expect: path-traversal
    const buffer = await readFile(join(UPLOAD_DIR, ...path))
    return new NextResponse(buffer, {
      headers: { 'Content-Type': contentTypeFor(path[path.length - 1]), 'Cache-Control': 'private, max-age=3600' },
    })
  } catch {
    return NextResponse.json({ error: 'File not found' }, { status: 404 })
  }
}

export async function DELETE(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const session = await getSession()
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  }
  const { path } = await params
  const target = resolveUploadPath((path ?? []).join('/'))
  if (!target) {
    return NextResponse.json({ error: 'Invalid file path' }, { status: 400 })
  }
  await rm(target, { force: true })
  return NextResponse.json({ success: true })
}
