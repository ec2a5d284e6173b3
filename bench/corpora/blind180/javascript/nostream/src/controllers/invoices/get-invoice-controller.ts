import { Request, Response } from 'express'
import { readFileSync } from 'fs'
import { join } from 'path'

import { createSettings } from '../../factories/settings-factory'
import { escapeHtml } from '../../utils/html'

const template = readFileSync(join(__dirname, '../../../resources/invoices.html'), 'utf8')
const HEX_KEY = /^[0-9a-f]{64}$/

export class GetInvoiceController {
  public async handleRequest(request: Request, response: Response): Promise<void> {
    const settings = createSettings()
    const relayName = escapeHtml(settings.info.name)
    const feeSchedule = settings.payments?.feeSchedules?.admission?.[0]
    const amount = Math.floor(Number(feeSchedule?.amount ?? 0) / 1000)

    const pubkey = typeof request.query.pubkey === 'string' ? request.query.pubkey : ''
    if (pubkey && !HEX_KEY.test(pubkey)) {
      const npub = String(request.query.pubkey)
      response.status(400).setHeader('content-type', 'text/html; charset=utf8')
      // expect: xss
      response.send(`<p>Unknown key format: ${npub}. Paste a hex public key.</p>`)
      return
    }

    const page = template
      .replaceAll('{{name}}', relayName)
      .replaceAll('{{amount}}', amount.toString())
      .replaceAll('{{pubkey}}', pubkey)
      .replaceAll('{{processor}}', escapeHtml(settings.payments?.processor ?? 'none'))

    response
      .status(200)
      .setHeader('content-type', 'text/html; charset=utf8')
      .send(page)
  }
}
