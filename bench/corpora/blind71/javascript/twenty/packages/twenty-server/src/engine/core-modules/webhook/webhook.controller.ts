import { Body, Controller, Post, UseGuards } from '@nestjs/common';

import { AuthWorkspace, AuthWorkspaceEntity, WorkspaceAuthGuard } from '../../guards/workspace-auth.guard';
import { WebhookService, WebhookTarget } from './webhook.service';

class TestWebhookDto {
  targetUrl: string;
  secret?: string;
  operations?: string[];
}

@Controller('rest/webhooks')
@UseGuards(WorkspaceAuthGuard)
export class WebhookController {
  constructor(private readonly webhookService: WebhookService) {}

  @Post('test')
  async test(@Body() dto: TestWebhookDto, @AuthWorkspace() workspace: AuthWorkspaceEntity) {
    const target: WebhookTarget = { ...dto, operations: dto.operations ?? ['*.*'] };
    return { status: await this.webhookService.testTarget(target, workspace.id) };
  }

  @Post('test-allowed')
  async testAllowed(@Body() dto: TestWebhookDto, @AuthWorkspace() workspace: AuthWorkspaceEntity) {
    const target: WebhookTarget = { targetUrl: dto.targetUrl, operations: ['*.*'] };
    return { status: await this.webhookService.testAllowedTarget(target, workspace.id) };
  }
}
