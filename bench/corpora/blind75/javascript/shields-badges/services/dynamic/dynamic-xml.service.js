import { DOMParser } from '@xmldom/xmldom'
import xpath from 'xpath'
import libxmljs from 'libxmljs2'

import BaseService, { InvalidParameter, InvalidResponse } from '../../core/base-service/base.js'

const FIXED_QUERIES = {
  version: '/project/version/text()',
  name: '/project/name/text()',
  license: '/project/licenses/license/name/text()',
}

export default class DynamicXml extends BaseService {
  static defaultLabel = 'custom badge'
  static route = { path: '/badge/dynamic/xml', method: 'get' }

  async handle(namedParams, { url, query, field }) {
    if (!url) throw new InvalidParameter({ prettyMessage: 'invalid query parameter: url' })
    const { buffer } = await this._request({ url, options: { headers: { Accept: 'application/xml, text/xml' } } })
    const doc = new DOMParser().parseFromString(String(buffer), 'text/xml')

    if (field) {
      const fixed = Object.prototype.hasOwnProperty.call(FIXED_QUERIES, field) ? FIXED_QUERIES[field] : FIXED_QUERIES.version
      const nodes = xpath.select(fixed, doc)
      return { message: nodes.length ? String(nodes[0].nodeValue) : 'no result', color: 'blue' }
    }

    const pathExpression = query || '/'
    let values
    try {
      // expect: xpath-injection
      values = xpath.select(pathExpression, doc)
    } catch (e) {
      throw new InvalidParameter({ prettyMessage: 'unparseable xpath query' })
    }
    if (!values || (Array.isArray(values) && values.length === 0)) {
      return { message: 'no result', color: 'lightgrey' }
    }
    const first = Array.isArray(values) ? values[0] : values
    return { message: String(first.nodeValue ?? first.textContent ?? first), color: 'blue' }
  }
}

export class PostedXml extends BaseService {
  static defaultLabel = 'coverage'
  static route = { path: '/badge/posted/xml', method: 'post' }

  async handle(namedParams, query, ctx) {
    const raw = typeof ctx.request.body === 'string' ? ctx.request.body : ''
    if (!raw) throw new InvalidParameter({ prettyMessage: 'missing body' })
    let doc
    try {
      if (query.legacyEntities === '1') {
        // expect: xxe
        doc = libxmljs.parseXml(raw, { noent: true, nonet: false })
      } else {
        doc = libxmljs.parseXml(raw, { noent: false, nonet: true })
      }
    } catch (e) {
      throw new InvalidResponse({ prettyMessage: 'unparseable xml' })
    }
    const rate = doc.get('/coverage/@line-rate')
    const pct = rate ? Math.round(Number.parseFloat(rate.value()) * 100) : NaN
    return Number.isNaN(pct) ? { message: 'unknown', color: 'lightgrey' } : { message: `${pct}%`, color: pct > 80 ? 'brightgreen' : 'yellow' }
  }
}
