import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ItemsService } from './items.service';
import { AdjustDto, ListItemsQuery } from './dto';

@Controller('items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Get()
  list(@Query() q: ListItemsQuery) {
    return this.items.list(q.warehouse, q.sort, q.take);
  }

  @Get('sku/:sku')
  bySku(@Param('sku') sku: string) {
    return this.items.findBySku(sku);
  }

  @Get('v2/sku/:sku')
  bySkuV2(@Param('sku') sku: string) {
    return this.items.findBySkuSafe(sku);
  }

  @Get('low-stock')
  lowStock(@Query('threshold') threshold: string, @Query('warehouse') warehouse: string) {
    return this.items.lowStock(threshold, warehouse);
  }

  @Post('adjust')
  adjust(@Body() dto: AdjustDto) {
    return this.items.adjust(dto);
  }

  @Delete()
  bulkDelete(@Body('skus') skus: string[]) {
    return this.items.bulkDelete(skus ?? []);
  }
}
