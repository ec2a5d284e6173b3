import type { NextApiRequest } from 'next'

export class RequestScopeService {
  constructor(public req: NextApiRequest) {}

  get remoteAddress(): string {
    return (this.req.headers['x-forwarded-for'] as string) || this.req.socket.remoteAddress || ''
  }
}
