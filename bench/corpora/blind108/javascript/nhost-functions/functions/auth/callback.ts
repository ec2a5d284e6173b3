import { Request, Response } from 'express'
import { nhostFunction } from '@nhost/functions-helpers'
import { redirectTarget, withDefault } from '../_utils/redirect'

export default nhostFunction(async (req: Request & { userClaims?: Record<string, string> }, res: Response) => {
  const { redirectTo, checked } = req.query
  if (checked === 'true') {
    return res.redirect(redirectTarget(redirectTo))
  }
  const next = withDefault(redirectTo)
  // expect: open-redirect
  return res.redirect(302, next)
})
