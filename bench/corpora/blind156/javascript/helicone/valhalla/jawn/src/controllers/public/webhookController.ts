// Webhook settings: saved webhooks are delivered by the worker; "test" sends a sample event right away.
import { Body, Controller, Post, Request, Route, Tags } from 'tsoa';
import { WebhookManager } from '../../managers/webhook/WebhookManager';
import type { JawnAuthenticatedRequest } from '../../types/request';

// The auth middleware sets request.authParams (organizationId, userId) from the API key or JWT.
@Route('v1/webhooks')
@Tags('Webhooks')
export class WebhookController extends Controller {
  @Post('/')
  public async newWebhook(
    @Body() body: { destination: string; config: Record<string, unknown> },
    @Request() request: JawnAuthenticatedRequest,
  ) {
    const manager = new WebhookManager(request.authParams);
    return manager.createWebhook(body.destination, body.config);
  }

  // Sends one sample event; used by the "Test" button before saving.
  @Post('/test')
  public async testWebhook(
    @Body() body: { destination: string; sampleEvent?: Record<string, unknown> },
    @Request() request: JawnAuthenticatedRequest,
  ) {
    const manager = new WebhookManager(request.authParams);
    // expect: log-injection
    console.log(`Testing webhook ${body.destination} for org ${request.authParams.organizationId}`);
    return manager.enqueueTest(body.destination, body.sampleEvent ?? { type: 'test' });
  }
}
