import express from 'express'
import got from 'got'
import { doJSONRequest } from '../helpers/requests.js'
import { isHostValid } from '../helpers/custom-validators/servers.js'
import { ServerModel } from '../models/server/server.js'
import { logger } from '../helpers/logger.js'
import { WEBSERVER } from '../initializers/constants.js'

const ACTIVITY_HEADERS = { Accept: 'application/activity+json, application/ld+json' }

export async function fetchRemoteActor (uri: string) {
  // expect: ssrf
  const body = await got(uri, { headers: ACTIVITY_HEADERS, timeout: { request: 10000 } }).json<any>()
  return body
}

export async function checkRemoteInstance (req: express.Request, res: express.Response) {
  const host = (req.query.host as string) || ''
  if (!isHostValid(host)) {
    return res.fail({ message: 'Invalid host' })
  }
  const server = await ServerModel.loadByHost(host)
  if (!server) {
    return res.fail({ status: 404, message: 'Unknown instance' })
  }
  const { body } = await doJSONRequest<any>(`https://${server.host}/api/v1/config`)
  return res.json({ name: body.instance?.name })
}

export async function previewRemoteActor (req: express.Request, res: express.Response) {
  const { uri } = req.body as { uri: string }
  logger.debug('Previewing remote actor', { uri })
  try {
    const actor = await fetchRemoteActor(uri)
    return res.json({ preferredUsername: actor.preferredUsername, url: actor.url })
  } catch (err) {
    return res.fail({ message: 'Cannot fetch remote actor' })
  }
}

export async function ownInstanceConfig (req: express.Request, res: express.Response) {
  const { body } = await doJSONRequest<any>(WEBSERVER.URL + '/api/v1/config')
  return res.json(body)
}
