import { Body, Controller, Post } from '@nestjs/common';
import { GetOrgFromRequest, Organization } from '../../../../../libraries/helpers/src/decorators/org.from.request';
import { WebhookDto, WebhooksService } from '../../services/webhooks/webhooks.service';

@Controller('/webhooks')
export class WebhooksController {
  constructor(private readonly webhooksService: WebhooksService) {}

  @Post('/send')
  sendTest(@GetOrgFromRequest() org: Organization, @Body() body: WebhookDto) {
    return this.webhooksService.sendTest(org.id, body);
  }

  @Post('/send-verified')
  sendVerified(@GetOrgFromRequest() org: Organization, @Body() body: WebhookDto) {
    return this.webhooksService.sendVerified(org.id, body);
  }
}
