import { Body, Inject, Post, Provide } from '@midwayjs/core';
import { CoolController, BaseController } from '@cool-midway/core';
import { DictImportService } from '../service/import';

@Provide()
@CoolController('/admin/dict/import')
export class DictImportController extends BaseController {
  @Inject()
  dictImportService: DictImportService;

  @Post('/remote')
  async remote(@Body('url') url: string, @Body('source') source = 'url') {
    return this.ok(await this.dictImportService.importFrom(url, source));
  }
}
