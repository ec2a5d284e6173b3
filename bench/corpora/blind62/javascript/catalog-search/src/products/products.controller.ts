import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Query, ValidationPipe } from '@nestjs/common';
import { ProductsService } from './products.service';
import { SearchProductsDto, SortSpec } from './dto/search-products.dto';
import { ParseSortPipe } from '../common/pipes/parse-sort.pipe';

@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  search(
    @Query(new ValidationPipe({ transform: true, whitelist: true })) dto: SearchProductsDto,
    @Query('sort', ParseSortPipe) sort: SortSpec,
  ) {
    return this.products.search(dto, sort);
  }

  @Get('columns')
  columns(@Query('fields') fields = 'id,name,price') {
    return this.products.withColumns(fields.split(','));
  }

  @Get('columns-safe')
  columnsSafe(@Query('fields') fields = 'id,name,price') {
    return this.products.withAllowedColumns(fields.split(','));
  }

  @Get('tagged/:tag')
  tagged(@Param('tag') tag: string, @Query('brand') brand?: string) {
    return this.products.byTag(tag, brand);
  }

  @Get('page/:page')
  page(@Param('page', ParseIntPipe) page: number, @Query('orderBy') orderBy?: string) {
    return this.products.page(page, orderBy);
  }

  @Get(':id')
  findOne(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.products.findOne(id);
  }
}
