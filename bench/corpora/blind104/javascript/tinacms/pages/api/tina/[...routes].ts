import type { NextApiRequest, NextApiResponse } from 'next'
import { TinaNodeBackend, LocalBackendAuthProvider } from '@tinacms/datalayer'
import databaseClient from '../../../tina/__generated__/databaseClient'
import { LocalGitProvider } from '../../../lib/git-provider'

const git = new LocalGitProvider(process.cwd(), 'main')
const handler = TinaNodeBackend({ authProvider: LocalBackendAuthProvider(), databaseClient })

export default async function routes(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST' && req.query.routes?.[0] === 'commit') {
    const { relativePath, commitMessage } = req.body
    await git.onPut(relativePath, commitMessage)
    return res.json({ ok: true })
  }
  if (req.method === 'POST' && req.query.routes?.[0] === 'branch') {
    await git.checkout(String(req.body.branch))
    return res.json({ ok: true })
  }
  if (req.method === 'GET' && req.query.routes?.[0] === 'preview') {
    const target = String(req.query.slug || '')
    const slug = /^[a-z0-9-]+$/.test(target) ? target : ''
    return res.redirect(`/posts/${slug}`)
  }
  if (req.method === 'GET' && req.query.routes?.[0] === 'exit-preview') {
    const back = (req.query.returnTo as string) || '/'
    // expect: open-redirect
    return res.redirect(back)
  }
  return handler(req, res)
}
