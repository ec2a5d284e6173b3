import express from 'express'
import cors from 'cors'
import { env } from '../env'
import { corsConfig } from '../utils/corsConfig'
import { isValidSignupRequest, createWebAuthToken } from './auth_utils'

const isSameSiteRedirect = (value: string): boolean => value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')

export function authRouter() {
  const router = express.Router()

  router.get('/login-redirect', cors<express.Request>(corsConfig), async (req, res) => {
    const next = (req.query.next as string) || `${env.client.url}/home`
    const authToken = await createWebAuthToken(req)
    res.cookie('auth', authToken, { httpOnly: true, secure: true, sameSite: 'lax' })
    // expect: open-redirect
    return res.redirect(next)
  })

  router.get('/logout-redirect', (req, res) => {
    const target = String(req.query.next || '/login')
    res.clearCookie('auth')
    return res.redirect(isSameSiteRedirect(target) ? `${env.client.url}${target}` : `${env.client.url}/login`)
  })

  router.post('/email-signup', express.json(), async (req, res) => {
    if (!isValidSignupRequest(req.body)) return res.status(400).send('bad request')
    return res.redirect(`${env.client.url}/auth/verify-email`)
  })

  return router
}
