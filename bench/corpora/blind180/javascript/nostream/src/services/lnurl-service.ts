import axios from 'axios'

import { createLogger } from '../factories/logger-factory'

const debug = createLogger('lnurl-service')

const LIGHTNING_ADDRESS = /^([a-z0-9._-]{1,64})@([a-z0-9.-]{1,253})$/i

export interface LnurlPayResponse {
  callback: string
  minSendable: number
  maxSendable: number
  allowsNostr?: boolean
  nostrPubkey?: string
}

export class LnurlService {
  public constructor(private readonly relayUrl: string, private readonly lnAddress: string) {}

  // Relay's own configured address: the domain comes from settings, not from users.
  public async getRelayPayEndpoint(): Promise<LnurlPayResponse> {
    const [name, domain] = this.lnAddress.split('@')
    const { data } = await axios.get(`https://${domain}/.well-known/lnurlp/${encodeURIComponent(name)}`, {
      timeout: 5000,
    })
    return data
  }

  // Zap receipts: the recipient's lud16 comes from the kind-0 metadata event a user published.
  public async getRecipientPayEndpoint(lud16: string): Promise<LnurlPayResponse | undefined> {
    const match = LIGHTNING_ADDRESS.exec(lud16)
    if (!match) {
      debug('invalid lightning address %s', lud16)
      return undefined
    }
    const [, name, domain] = match
    // expect: ssrf
    const { data } = await axios.get(`http://${domain}/.well-known/lnurlp/${name}`, { timeout: 5000 })
    return data
  }

  public isZapCapable(response: LnurlPayResponse): boolean {
    return Boolean(response.allowsNostr && response.nostrPubkey && /^[0-9a-f]{64}$/.test(response.nostrPubkey))
  }

  public callbackUrl(response: LnurlPayResponse, amountMsats: number): string {
    const url = new URL(response.callback)
    url.searchParams.set('amount', String(Math.trunc(amountMsats)))
    url.searchParams.set('relay', this.relayUrl)
    return url.toString()
  }
}
