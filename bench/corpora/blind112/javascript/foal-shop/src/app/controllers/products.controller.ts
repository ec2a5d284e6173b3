import { Context, dependency, Get, HttpResponseOK, ValidateQueryParam } from '@foal/core';
import { ProductService } from '../services/product.service';
import { StrictTenant, Tenant } from '../hooks/tenant.hook';

export class ProductsController {
  @dependency
  products: ProductService;

  @Get('/products')
  @Tenant()
  @ValidateQueryParam('q', { type: 'string' }, { required: false })
  @ValidateQueryParam('sort', { type: 'string' }, { required: false })
  async list(ctx: Context) {
    const { q = '', sort } = ctx.request.query as { q?: string; sort?: string };
    this.products.logSearch(ctx.state.tenant, q);
    return new HttpResponseOK(await this.products.search(ctx.state.tenant, q, sort));
  }

  @Get('/products/checked')
  @StrictTenant()
  @ValidateQueryParam('q', { type: 'string' }, { required: false })
  @ValidateQueryParam('sort', { type: 'string', enum: ['name', 'price', 'created_at'] }, { required: false })
  async listChecked(ctx: Context) {
    const { q = '', sort } = ctx.request.query as { q?: string; sort?: string };
    this.products.logSearchStructured(ctx.state.tenant, q);
    return new HttpResponseOK(await this.products.searchChecked(ctx.state.tenant, q, sort));
  }
}
