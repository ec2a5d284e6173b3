import got from 'got'
import Joi from 'joi'

export class InvalidResponse extends Error {
  constructor({ prettyMessage = 'invalid', underlyingError } = {}) {
    super(underlyingError ? underlyingError.message : prettyMessage)
    this.prettyMessage = prettyMessage
  }
}

export class InvalidParameter extends InvalidResponse {}

export default class BaseService {
  static defaultLabel = 'badge'
  static route = { path: '/', method: 'get' }

  constructor(context = {}) {
    this.context = context
  }

  async _request({ url, options = {} }) {
    // expect: ssrf
    const res = await got(url, { timeout: { request: 10_000 }, throwHttpErrors: false, followRedirect: false, ...options })
    if (res.statusCode === 404) throw new InvalidResponse({ prettyMessage: 'not found' })
    if (res.statusCode >= 400) throw new InvalidResponse({ prettyMessage: 'inaccessible' })
    return { res, buffer: res.body }
  }

  async _requestJson({ url, schema, options = {} }) {
    const { buffer } = await this._request({ url, options: { ...options, headers: { Accept: 'application/json', ...(options.headers || {}) } } })
    let json
    try {
      json = JSON.parse(buffer)
    } catch (e) {
      throw new InvalidResponse({ prettyMessage: 'unparseable json response', underlyingError: e })
    }
    const { error, value } = Joi.compile(schema).validate(json, { allowUnknown: true })
    if (error) throw new InvalidResponse({ prettyMessage: 'invalid response data', underlyingError: error })
    return value
  }
}
