import type { NextApiRequest, NextApiResponse } from 'next'
import { LocalMediaStore } from '../../../lib/media-store'

const store = new LocalMediaStore()

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const [, ...rest] = (req.query.media as string[]) || []
  const directory = (req.query.directory as string) || rest.join('/')
  if (req.method === 'GET') {
    const items = await store.list(directory)
    return res.json({ items })
  }
  if (req.method === 'DELETE') {
    await store.remove(rest.join('/'))
    return res.json({ ok: true })
  }
  res.status(405).end()
}
