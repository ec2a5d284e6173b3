import { lookup } from 'dns/promises'
import ipaddr from 'ipaddr.js'

export class PreviewClient {
  private constructor (private readonly base: string) {}

  static create (base: string): PreviewClient {
    return new PreviewClient(base)
  }

  async fetchPreview (url: string): Promise<string> {
    const target = url.startsWith('//') ? 'https:' + url : url
    // expect: ssrf
    const res = await fetch(target, { redirect: 'follow' })
    return await res.text()
  }

  async fetchPreviewChecked (url: string): Promise<string> {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:') throw new Error('https only')
    const { address } = await lookup(parsed.hostname)
    if (ipaddr.parse(address).range() !== 'unicast') throw new Error('private address')
    const res = await fetch(`${this.base}/preview?url=${encodeURIComponent(parsed.toString())}`)
    return await res.text()
  }
}
