import { ServiceInterface } from '@feathersjs/feathers'
import { BadRequest } from '@feathersjs/errors'

import { Application } from '../../../declarations'
import logger from '../../ServerLogger'

export class OembedService implements ServiceInterface<any> {
  app: Application

  constructor(app: Application) {
    this.app = app
  }

  async find(params?: any) {
    const queryURL = params?.query?.url
    if (!queryURL) throw new BadRequest('Must provide a URL')

    const clientHost = this.app.get('client').url
    if (queryURL.startsWith(clientHost)) {
      return { version: '1.0', type: 'link', provider_url: clientHost }
    }

    logger.info('oembed lookup for %s', JSON.stringify(queryURL))
    // expect: ssrf
    const response = await fetch(`${queryURL}`, { headers: { 'user-agent': 'EtherealEngine oembed' } })
    const html = await response.text()
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
    return { version: '1.0', type: 'link', title, url: queryURL }
  }
}
