import Joi from 'joi'

import BaseService, { InvalidParameter } from '../../core/base-service/base.js'
import { escapeXml, normalizeColor } from '../../core/badge/make-badge.js'

const endpointSchema = Joi.object({
  schemaVersion: Joi.equal(1).required(),
  label: Joi.string().allow('').required(),
  message: Joi.string().required(),
  color: Joi.string(),
  logoSvg: Joi.string(),
}).required()

function withLogo(svgBadge, logoSvg) {
  const encoded = Buffer.from(logoSvg).toString('base64')
  return svgBadge.replace('<title>', `<image x="3" y="3" width="14" height="14" href="data:image/svg+xml;base64,${encoded}"/><title>`)
}

export default class EndpointBadge extends BaseService {
  static defaultLabel = 'endpoint'
  static route = { path: '/endpoint', method: 'get' }

  async handle(namedParams, { url, logo, style }) {
    if (!url) throw new InvalidParameter({ prettyMessage: 'invalid query parameter: url' })
    const json = await this._requestJson({ url, schema: endpointSchema })
    const label = escapeXml(json.label)
    const message = escapeXml(json.message)
    const color = normalizeColor(json.color)
    let svg = `<svg xmlns="http://www.w3.org/2000/svg" height="20"><title>${label}: ${message}</title><rect fill="${color}" width="100" height="20"/><text x="5" y="14">${message}</text></svg>`
    if (json.logoSvg) {
      svg = withLogo(svg, json.logoSvg)
    }
    if (logo) {
      svg = svg.replace('<title>', `<g class="logo">${logo}</g><title>`)
    }
    const styled = style === 'flat-square' ? svg.replace('<svg ', '<svg data-style="flat-square" ') : svg
    return { rawSvg: styled }
  }
}
