import { NextFunction, Request, Response } from 'express'
import { inject, injectable } from 'inversify'
import { BaseMiddleware } from 'inversify-express-utils'
import TYPES from '../Bootstrap/Types'
import { CrossServiceTokenDecoder } from '../Infra/CrossServiceTokenDecoder'

@injectable()
export class AuthMiddleware extends BaseMiddleware {
  constructor(@inject(TYPES.Sync_CrossServiceTokenDecoder) private decoder: CrossServiceTokenDecoder) {
    super()
  }

  async handler(request: Request, response: Response, next: NextFunction): Promise<void> {
    const token = request.header('x-auth-token')
    if (!token) {
      response.status(401).send({ error: { message: 'Invalid login credentials.' } })
      return
    }
    const decoded = this.decoder.decode(token)
    response.locals.user = decoded.user
    response.locals.session = decoded.session
    response.locals.readOnlyAccess = decoded.session?.readonly_access ?? false
    response.locals.origin = request.header('x-origin') ?? 'web'
    next()
  }
}
