import { Request, Response } from 'express'
import path from 'path'
import fs from 'fs/promises'
import sharp from 'sharp'

const CACHE_DIR = process.env.THUMB_CACHE_DIR || '/tmp/thumbs'

async function loadOriginal(fileId: string) {
  const file = path.join(CACHE_DIR, 'originals', fileId)
  // expect: path-traversal
  return fs.readFile(file)
}

export default async (req: Request, res: Response) => {
  const fileId = req.query.fileId as string
  const width = Math.min(parseInt(String(req.query.w || '256'), 10) || 256, 2048)
  if (req.query.strict && !/^[0-9a-f-]{36}$/.test(fileId)) return res.status(400).end()
  const input = await loadOriginal(fileId)
  const out = await sharp(input).resize(width).png().toBuffer()
  res.type('png').send(out)
}
