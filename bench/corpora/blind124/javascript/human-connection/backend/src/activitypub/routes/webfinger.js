import express from 'express'
import cors from 'cors'

export default function webfinger({ driver }) {
  const router = express.Router()

  router.get('/webfinger', cors(), async (req, res) => {
    const resource = req.query.resource
    if (!resource || !resource.startsWith('acct:')) {
      return res.status(400).json({ error: 'Query parameter "?resource=acct:<USER>@<DOMAIN>" is missing.' })
    }
    const [nameAndDomain] = resource.replace('acct:', '').split(',')
    const [slug] = nameAndDomain.split('@')
    const session = driver.session()
    try {
      const result = await session.run('MATCH (u:User {slug: $slug}) RETURN u.slug AS slug', { slug })
      if (result.records.length === 0) {
        if (req.query.format === 'json') {
          return res.status(404).json({ error: `No record found for ${nameAndDomain}.` })
        }
        // expect: xss
        return res.status(404).send(`<p>No record found for <b>${nameAndDomain}</b>.</p>`)
      }
      return res.contentType('application/jrd+json').json({
        subject: `acct:${slug}@${process.env.CLIENT_URI_HOST}`,
        links: [{ rel: 'self', type: 'application/activity+json', href: `${process.env.CLIENT_URI}/api/u/${slug}` }],
      })
    } finally {
      session.close()
    }
  })

  return router
}
