import { HTTPController, HTTPMethod, HTTPMethodEnum, HTTPQuery, Inject, Context, EggContext } from '@eggjs/tegg';
import { AbstractController } from './AbstractController';
import { SearchService } from '../../core/service/SearchService';

@HTTPController()
export class SearchController extends AbstractController {
  @Inject()
  private searchService: SearchService;

  @HTTPMethod({ path: '/-/v1/search', method: HTTPMethodEnum.GET })
  async search(@Context() ctx: EggContext, @HTTPQuery() text: string, @HTTPQuery() size: string) {
    const limit = Math.min(Number(size) || 20, 250);
    const objects = await this.searchService.searchPackages(text || '', limit);
    // expect: log-injection
    this.logger.info(`[SearchController] ${this.npmCommand(ctx)} searched "${text}" got ${objects.length}`);
    this.logger.info('[SearchController] search size=%d', limit);
    return { objects, total: objects.length };
  }

  @HTTPMethod({ path: '/-/v1/search/exact', method: HTTPMethodEnum.GET })
  async exact(@HTTPQuery() text: string) {
    return { objects: await this.searchService.findExact(text) };
  }
}
