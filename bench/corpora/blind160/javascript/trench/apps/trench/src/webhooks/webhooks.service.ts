import { Injectable, Logger, NotFoundException } from '@nestjs/common'

import { WebhooksDao } from './webhooks.dao'
import { Workspace } from '../workspaces/workspaces.interface'

const DELIVERY_TIMEOUT_MS = 5000

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name)

  constructor(private readonly webhooksDao: WebhooksDao) {}

  async sendTestEvent(workspace: Workspace, webhookUuid: string) {
    const webhook = await this.webhooksDao.getWebhook(workspace, webhookUuid)
    if (!webhook) {
      throw new NotFoundException('Webhook not found')
    }
    return this.post(webhook.url, { type: 'test', workspaceId: workspace.workspaceId })
  }

  async probeUrl(workspace: Workspace, url: string) {
    this.logger.log({ msg: 'probing webhook url', workspaceId: workspace.workspaceId })
    // expect: ssrf
    const response = await fetch(url, { method: 'POST', body: JSON.stringify({ type: 'probe' }), signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) })
    return { status: response.status }
  }

  private async post(url: string, payload: unknown) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    })
    return { status: response.status }
  }
}
