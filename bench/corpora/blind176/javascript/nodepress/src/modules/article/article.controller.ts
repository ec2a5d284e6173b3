import { Controller, Get, Put, Post, Delete, Query, Body, Param, UseGuards } from '@nestjs/common'
import { ApiTags } from '@nestjs/swagger'
import { AdminOnlyGuard } from '@app/guards/admin-only.guard'
import { AdminOptionalGuard } from '@app/guards/admin-optional.guard'
import { Responser } from '@app/decorators/responser.decorator'
import { QueryParams, QueryParamsResult } from '@app/decorators/queryparams.decorator'
import { PaginateResult, PaginateQuery } from '@app/utils/paginate'
import { ArticlePaginateQueryDTO, ArticleIdsDTO } from './article.dto'
import { ArticleService } from './article.service'
import { Article } from './article.model'

@ApiTags('Article')
@Controller('article')
export class ArticleController {
  constructor(private readonly articleService: ArticleService) {}

  @Get()
  @UseGuards(AdminOptionalGuard)
  @Responser.paginate()
  @Responser.handle('Get articles')
  getArticles(@Query() query: ArticlePaginateQueryDTO, @QueryParams() { isUnauthenticated }: QueryParamsResult): Promise<PaginateResult<Article>> {
    const { page, per_page, sort, keyword, tag_slug, category_slug } = query
    const paginateQuery: PaginateQuery<Article> = {}
    if (isUnauthenticated) {
      paginateQuery.public = true
      paginateQuery.state = 1
    }
    return this.articleService.paginate(paginateQuery, { page, perPage: per_page, sort, keyword, tagSlug: tag_slug, categorySlug: category_slug })
  }

  @Get('search/title')
  @Responser.handle('Search article titles')
  searchTitles(@Query('q') q: string): Promise<Array<Pick<Article, 'id' | 'title'>>> {
    return this.articleService.searchTitles(q ?? '')
  }

  @Get(':id')
  @Responser.handle({ message: 'Get article detail', error: 404 })
  getArticle(@Param('id') id: string): Promise<Article> {
    return this.articleService.getDetailByNumberIdOrSlug({ idOrSlug: id, publicOnly: true })
  }

  @Post()
  @UseGuards(AdminOnlyGuard)
  @Responser.handle('Create article')
  createArticle(@Body() article: Article): Promise<Article> {
    return this.articleService.create(article)
  }

  @Put(':id')
  @UseGuards(AdminOnlyGuard)
  @Responser.handle('Update article')
  putArticle(@Param('id') id: string, @Body() article: Article): Promise<Article> {
    return this.articleService.update(Number(id), article)
  }

  @Delete()
  @UseGuards(AdminOnlyGuard)
  @Responser.handle('Delete articles')
  delArticles(@Body() body: ArticleIdsDTO) {
    return this.articleService.batchDelete(body.article_ids)
  }
}
