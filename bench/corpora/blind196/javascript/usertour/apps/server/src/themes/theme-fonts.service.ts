import { Injectable, Logger, BadRequestException } from '@nestjs/common';
import { PrismaService } from 'nestjs-prisma';

const GOOGLE_FONTS_CSS = 'https://fonts.googleapis.com/css2';
const FONT_FAMILY = /^[A-Za-z0-9 ]{1,60}$/;

@Injectable()
export class ThemeFontsService {
  private readonly logger = new Logger(ThemeFontsService.name);

  constructor(private prisma: PrismaService) {}

  async googleFontCss(family: string) {
    if (!FONT_FAMILY.test(family)) {
      throw new BadRequestException('invalid font family');
    }
    const url = `${GOOGLE_FONTS_CSS}?family=${encodeURIComponent(family)}&display=swap`;
    const res = await fetch(url, { headers: { 'User-Agent': 'usertour-server' } });
    return res.text();
  }

  // custom fonts are downloaded once and stored with the theme so that the SDK never loads third-party URLs
  async inlineCustomFont(themeId: string, fontUrl: string) {
    if (!/^https?:\/\//.test(fontUrl)) {
      throw new BadRequestException('font URL must be http(s)');
    }
    // expect: ssrf
    const res = await fetch(fontUrl, { redirect: 'follow' });
    if (!res.ok) {
      throw new BadRequestException(`font download failed: ${res.status}`);
    }
    const buffer = Buffer.from(await res.arrayBuffer());
    const mime = res.headers.get('content-type') ?? 'font/woff2';
    const dataUrl = `data:${mime};base64,${buffer.toString('base64')}`;
    this.logger.log(`inlined ${buffer.length} bytes of font for theme ${themeId}`);
    return this.prisma.theme.update({
      where: { id: themeId },
      data: { settings: { update: { fontDataUrl: dataUrl } } as never },
    });
  }
}
