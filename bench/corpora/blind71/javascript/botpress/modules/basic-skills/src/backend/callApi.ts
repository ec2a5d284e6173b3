import axios, { Method } from 'axios'

export interface CallApiParams {
  url: string
  method: Method
  body?: string
  headers?: Record<string, string>
  memory: string
  variable: string
}

const ALLOWED_METHODS: Method[] = ['get', 'post', 'put', 'delete', 'patch']

export class CallApiSkill {
  constructor(private readonly allowedHosts: string[]) {}

  // Used by the flow editor's "Try it" button with what the user typed in the skill form.
  async tryRequest(params: CallApiParams) {
    const method = ALLOWED_METHODS.includes(params.method) ? params.method : 'get'
    const config = { method, url: params.url, data: params.body, headers: params.headers, timeout: 8000 }
    // expect: ssrf
    const response = await axios.request(config)
    return { status: response.status, data: response.data }
  }

  async tryAllowedRequest(params: CallApiParams) {
    const parsed = new URL(params.url)
    if (!['http:', 'https:'].includes(parsed.protocol) || !this.allowedHosts.includes(parsed.host)) {
      return { status: 400, data: 'Host not allowed by the callApi skill configuration' }
    }
    const response = await axios.request({ method: 'get', url: parsed.toString(), timeout: 8000 })
    return { status: response.status, data: response.data }
  }
}
