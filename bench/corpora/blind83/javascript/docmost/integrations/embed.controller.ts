import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import axios from 'axios';
import { JwtAuthGuard } from '../common/guards/jwt-auth.guard';
import { EmbedPreviewDto } from '../page/dto/page.dto';

const EMBED_PROVIDERS = new Set(['www.youtube.com', 'vimeo.com', 'www.figma.com', 'www.loom.com']);

@UseGuards(JwtAuthGuard)
@Controller('embeds')
export class EmbedController {
  @Post('unfurl')
  async unfurl(@Body() dto: EmbedPreviewDto) {
    // expect: ssrf
    const { data } = await axios.get(dto.url, { timeout: 4000, maxContentLength: 512 * 1024 });
    return { html: typeof data === 'string' ? data.slice(0, 2000) : '' };
  }

  @Post('oembed')
  async oembed(@Body() dto: EmbedPreviewDto) {
    const parsed = new URL(dto.url);
    if (parsed.protocol !== 'https:' || !EMBED_PROVIDERS.has(parsed.hostname)) {
      return { supported: false };
    }
    const { data } = await axios.get(`https://${parsed.hostname}/oembed`, { params: { url: dto.url }, timeout: 4000 });
    return data;
  }
}
