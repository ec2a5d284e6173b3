import { Body, Controller, Param, Post, Req, UseGuards } from '@nestjs/common'
import { ApiOperation, ApiTags } from '@nestjs/swagger'
import { Request } from 'express'

import { WebhooksService } from './webhooks.service'
import { WorkspacesService } from '../workspaces/workspaces.service'
import { PrivateApiGuard } from '../middlewares/private-api.guard'
import { getWorkspace } from '../common/request'

@ApiTags('webhooks')
@Controller('webhooks')
@UseGuards(PrivateApiGuard)
export class WebhooksController {
  constructor(
    private readonly webhooksService: WebhooksService,
    private readonly workspacesService: WorkspacesService,
  ) {}

  @Post(':uuid/test')
  @ApiOperation({ summary: 'Send a test event to a saved webhook' })
  async testWebhook(@Req() request: Request, @Param('uuid') uuid: string) {
    return this.webhooksService.sendTestEvent(getWorkspace(request), uuid)
  }

  @Post('probe')
  @ApiOperation({ summary: 'Check that a URL accepts webhook deliveries' })
  async probe(@Req() request: Request, @Body() body: { url: string }) {
    return this.webhooksService.probeUrl(getWorkspace(request), body.url)
  }

  @Post('workspace-name')
  @ApiOperation({ summary: 'Rename the current workspace' })
  async rename(@Req() request: Request, @Body() body: { name: string }) {
    const workspace = getWorkspace(request)
    return this.workspacesService.renameWorkspace(workspace.workspaceId, body.name)
  }
}
