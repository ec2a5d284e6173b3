import { injectable } from 'inversify'
import { verify } from 'jsonwebtoken'

@injectable()
export class CrossServiceTokenDecoder {
  constructor(private jwtSecret: string) {}

  decode(token: string): { user: { uuid: string }; session?: { readonly_access: boolean } } {
    return verify(token, this.jwtSecret, { algorithms: ['HS256'] }) as any
  }
}
