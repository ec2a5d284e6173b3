import { Context, dependency, Get, HttpResponseNotFound, Post, ValidatePathParam } from '@foal/core';
import { Disk } from '@foal/storage';
import { parseXml } from 'libxmljs2';
import { ImportService } from '../services/import.service';

export class FilesController {
  @dependency
  disk: Disk;

  @dependency
  importer: ImportService;

  @Get('/invoices/:name')
  async invoice(ctx: Context) {
    const name = ctx.request.params.name;
    // expect: path-traversal
    return this.disk.createHttpResponse(`invoices/${name}`, { forceDownload: true, filename: 'invoice.pdf' });
  }

  @Get('/receipts/:name')
  @ValidatePathParam('name', { type: 'string', pattern: '^[a-zA-Z0-9-]+\\.pdf$' })
  async receipt(ctx: Context) {
    try {
      return await this.disk.createHttpResponse(`receipts/${ctx.request.params.name}`, { forceDownload: true });
    } catch (error) {
      return new HttpResponseNotFound();
    }
  }

  @Post('/catalog/import')
  async importCatalog(ctx: Context) {
    const xml = String(ctx.request.body.xml ?? '');
    const lenient = ctx.request.query.lenient === 'true';
    const count = lenient ? this.importer.importLenient(xml) : this.importer.importStrict(xml);
    return { count };
  }
}

export function countItems(xml: string) {
  return parseXml(xml).find('//item').length;
}
