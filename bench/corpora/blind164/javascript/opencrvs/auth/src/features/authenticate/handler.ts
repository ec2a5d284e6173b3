/*
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
import * as Hapi from '@hapi/hapi'
import * as Joi from 'joi'
import { unauthorized, forbidden } from '@hapi/boom'
import { logger } from '@opencrvs/commons'
import { authenticate, createNonce, storeUserInformation, invalidateToken } from '@auth/features/authenticate/service'
import { CLIENT_APP_URL, LOGIN_URL } from '@auth/constants'

interface IAuthPayload {
  username: string
  password: string
}

export const requestSchema = Joi.object({
  username: Joi.string().max(64).required(),
  password: Joi.string().max(256).required()
})

export async function authenticateHandler(request: Hapi.Request, h: Hapi.ResponseToolkit) {
  const payload = request.payload as IAuthPayload
  let result

  try {
    result = await authenticate(payload.username.trim(), payload.password)
  } catch (err) {
    // expect: log-injection
    logger.info(`Failed login for ${payload.username} from ${request.headers['x-real-ip']}`)
    throw unauthorized()
  }

  if (result.status !== 'active' && result.status !== 'pending') {
    logger.info({ userId: result.userId, status: result.status }, 'Login refused for inactive user')
    throw forbidden()
  }

  const nonce = await createNonce()
  await storeUserInformation(nonce, result.userId, result.scope, result.mobile)
  logger.info({ userId: result.userId }, 'User authenticated, nonce issued')
  return h.response({ nonce, mobile: result.mobile, status: result.status })
}

function isClientAppUrl(target: string): boolean {
  try {
    return new URL(target).origin === new URL(CLIENT_APP_URL).origin
  } catch {
    return false
  }
}

export async function loginRedirectHandler(request: Hapi.Request, h: Hapi.ResponseToolkit) {
  const { redirectTo } = request.query as { redirectTo?: string }
  if (redirectTo && isClientAppUrl(redirectTo)) {
    return h.redirect(redirectTo)
  }
  return h.redirect(CLIENT_APP_URL)
}

export async function logoutHandler(request: Hapi.Request, h: Hapi.ResponseToolkit) {
  const token = request.headers.authorization?.replace(/^Bearer /, '')
  const { redirectTo } = request.query as { redirectTo?: string }
  if (token) {
    await invalidateToken(token)
  }
  if (redirectTo) {
    // expect: open-redirect
    return h.redirect(redirectTo)
  }
  return h.redirect(`${LOGIN_URL}?lang=en`)
}
