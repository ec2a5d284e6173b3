import express from 'express'
import { asyncMiddleware, authenticate, ensureUserHasRight } from '../../../middlewares/index.js'
import { checkRemoteInstance, ownInstanceConfig, previewRemoteActor } from '../../../lib/activitypub-crawl.js'
import { UserRight } from '@peertube/peertube-models'
import { WEBSERVER } from '../../../initializers/constants.js'

const remoteRouter = express.Router()

remoteRouter.get('/remote/instance',
  authenticate,
  ensureUserHasRight(UserRight.MANAGE_SERVER_FOLLOW),
  asyncMiddleware(checkRemoteInstance)
)

remoteRouter.post('/remote/actor/preview',
  authenticate,
  asyncMiddleware(previewRemoteActor)
)

remoteRouter.get('/remote/self', asyncMiddleware(ownInstanceConfig))

remoteRouter.get('/remote/follow-redirect',
  authenticate,
  followRemoteRedirect
)

function followRemoteRedirect (req: express.Request, res: express.Response) {
  const target = typeof req.query.uri === 'string' ? req.query.uri : ''
  let url: URL
  try {
    url = new URL(target)
  } catch {
    return res.fail({ message: 'Invalid uri' })
  }
  if (url.host !== WEBSERVER.HOST) {
    return res.fail({ status: 400, message: 'Only local redirections are allowed' })
  }
  return res.redirect(url.pathname + url.search)
}

export { remoteRouter }
