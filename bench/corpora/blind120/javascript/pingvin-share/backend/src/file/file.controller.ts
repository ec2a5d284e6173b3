import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { ClamScanService } from 'src/clamscan/clamscan.service';

@Controller('shares/:shareId/files')
export class FileController {
  constructor(private clamScan: ClamScanService) {}

  @Post()
  async create(@Query() query: { id?: string; name: string; chunkIndex: string; totalChunks: string }, @Body() body: string, @Param('shareId') shareId: string) {
    const { name, chunkIndex, totalChunks } = query;
    if (Number(chunkIndex) === Number(totalChunks) - 1) {
      const infected = await this.clamScan.scanUploadedName(shareId, name);
      return { name, infected };
    }
    return { name, received: body.length };
  }

  @Post('rescan')
  async rescan(@Param('shareId') shareId: string) {
    return { infected: await this.clamScan.scanShare(shareId) };
  }
}
