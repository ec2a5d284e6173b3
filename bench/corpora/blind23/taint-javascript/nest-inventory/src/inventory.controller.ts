// nest-inventory: inventory controller (forwards request values to the services)
import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { InventoryService } from './inventory.service';
import { ExportService } from './export.service';

class AdjustDto {
  sku!: string;
  delta!: number;
  reason?: string;
}

@Controller('inventory')
export class InventoryController {
  constructor(private readonly inventory: InventoryService, private readonly exporter: ExportService) {}

  @Get()
  list(@Query('warehouse') warehouse = 'main', @Query('sort') sort?: string) {
    return this.inventory.list(warehouse, sort);
  }

  @Get('v2')
  listSafe(@Query('warehouse') warehouse = 'main', @Query('sort') sort?: string) {
    return this.inventory.listSafe(warehouse, sort);
  }

  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) {
    return this.inventory.byId(id);
  }

  @Post('adjust')
  adjust(@Body() dto: AdjustDto) {
    return this.inventory.adjust(dto);
  }

  @Post('export')
  async export(@Body('target') target: string, @Res() res: Response) {
    const file = await this.exporter.toFile(target);
    res.download(file);
  }

  @Post('v2/export')
  async exportSafe(@Body('target') target: string, @Res() res: Response) {
    const file = await this.exporter.toFileSafe(target);
    res.download(file);
  }

  @Get('label/:sku')
  label(@Param('sku') sku: string, @Query('caption') caption: string | undefined, @Res() res: Response) {
    const text = caption ?? sku;
    // expect: xss
    res.type('html').send(`<div class="label">${text}</div>`);
  }
}
