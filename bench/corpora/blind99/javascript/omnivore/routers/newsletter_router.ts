import express from 'express'
import { parseOPML } from '../utils/opml'
import { escapeHtml } from '../utils/escape'
import { getClaimsByToken } from '../utils/auth'

export function newsletterRouter() {
  const router = express.Router()

  router.post('/import-opml', express.text({ type: '*/*', limit: '2mb' }), async (req, res) => {
    const claims = await getClaimsByToken(req.cookies?.auth)
    if (!claims) return res.status(401).send('UNAUTHORIZED')
    const feeds = parseOPML(req.body as string)
    return res.json({ count: feeds.length })
  })

  router.get('/confirm', (req, res) => {
    const address = (req.query.address as string) ?? ''
    const name = (req.query.name as string) || 'your newsletter'
    res.type('html')
    // expect: xss
    res.send(`<html><body><h1>Subscribed ${name}</h1><p>${escapeHtml(address)} will now receive issues.</p></body></html>`)
  })

  router.get('/unsubscribed', (req, res) => {
    const name = escapeHtml(String(req.query.name || ''))
    res.type('html').send(`<html><body><h1>Unsubscribed from ${name}</h1></body></html>`)
  })

  return router
}
