import Joi from 'joi'
import got from 'got'

import BaseService, { InvalidParameter } from '../../core/base-service/base.js'

const queryParamSchema = Joi.object({
  url: Joi.string().uri({ scheme: ['http', 'https'] }).required(),
  query: Joi.string().required(),
  prefix: Joi.alternatives().try(Joi.string(), Joi.number()),
  suffix: Joi.alternatives().try(Joi.string(), Joi.number()),
}).required()

function pluck(data, dotted) {
  return dotted
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean)
    .reduce((acc, key) => (acc == null ? undefined : acc[key]), data)
}

export default class DynamicJson extends BaseService {
  static defaultLabel = 'custom badge'
  static route = { path: '/badge/dynamic/json', method: 'get' }

  async handle(namedParams, queryParams) {
    const { value, error } = queryParamSchema.validate(queryParams, { allowUnknown: true })
    if (error) throw new InvalidParameter({ prettyMessage: 'invalid query parameter: url or query' })
    const { url, query, prefix = '', suffix = '' } = value

    const data = await this._requestJson({ url, schema: Joi.any() })
    const found = pluck(data, query)
    if (found === undefined) {
      return { message: 'no result', color: 'lightgrey' }
    }
    return { message: `${prefix}${found}${suffix}`, color: 'blue' }
  }
}

export class TrustedDynamicJson extends BaseService {
  static defaultLabel = 'custom badge'
  static route = { path: '/badge/trusted/json', method: 'get' }

  async handle(namedParams, { url = '', query = '$' }) {
    let parsed
    try {
      parsed = new URL(url)
    } catch {
      throw new InvalidParameter({ prettyMessage: 'invalid url' })
    }
    if (parsed.protocol !== 'https:' || !(this.context.allowedHosts || []).includes(parsed.hostname)) {
      throw new InvalidParameter({ prettyMessage: 'host not allowed' })
    }
    const body = await got(parsed.toString(), { timeout: { request: 10_000 } }).json()
    return { message: String(pluck(body, query) ?? 'no result'), color: 'blue' }
  }
}
