import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SlugPipe, TrimPipe } from '../common/pipes/trim.pipe';
import { WebhooksService } from './webhooks.service';

class TestDeliveryDto {
  url!: string;
  event?: string;
  sample?: Record<string, unknown>;
}

@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post('test')
  test(@Body() dto: TestDeliveryDto) {
    const { url: target, event = 'ping', sample = {} } = dto;
    return this.webhooks.deliver({ target, event, payload: sample });
  }

  @Post('slack/:hookId')
  slack(@Param('hookId', SlugPipe) hookId: string, @Body('text', TrimPipe) text: string) {
    return this.webhooks.notifySlack(hookId, text);
  }

  @Get('status')
  status(@Query('service', TrimPipe) service: string) {
    return this.webhooks.pingStatus(service);
  }

  @Get('image')
  image(@Query('src', TrimPipe) src: string, @Res() res: Response) {
    this.webhooks.fetchImage(src).pipe(res);
  }

  @Get('image-allowed')
  imageAllowed(@Query('src', TrimPipe) src: string, @Res() res: Response) {
    this.webhooks.fetchAllowedImage(src).pipe(res);
  }

  @Get('export')
  export(@Headers('x-export-name') exportName: string | undefined, @Res() res: Response) {
    const name = exportName || 'deliveries';
    // expect: header-injection
    res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
    res.send('id,status\n');
  }

  @Get('export-safe')
  exportSafe(@Headers('x-export-name') exportName: string | undefined, @Res() res: Response) {
    const name = encodeURIComponent(exportName || 'deliveries');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${name}.csv`);
    res.send('id,status\n');
  }
}
