import lodash from 'lodash'
import { Injectable, NotFoundException } from '@nestjs/common'
import { InjectModel } from '@app/transformers/model.transformer'
import { MongooseModel, MongooseDoc } from '@app/interfaces/mongoose.interface'
import { PaginateResult, PaginateQuery } from '@app/utils/paginate'
import { SortType } from '@app/constants/biz.constant'
import { TagService } from '@app/modules/tag/tag.service'
import { CategoryService } from '@app/modules/category/category.service'
import { Article } from './article.model'

type PaginateOptions = { page?: number; perPage?: number; sort?: SortType; keyword?: string; tagSlug?: string; categorySlug?: string }

@Injectable()
export class ArticleService {
  constructor(
    private readonly tagService: TagService,
    private readonly categoryService: CategoryService,
    @InjectModel(Article) private readonly articleModel: MongooseModel<Article>
  ) {}

  public async paginate(query: PaginateQuery<Article>, options: PaginateOptions): Promise<PaginateResult<Article>> {
    if (options.keyword) {
      const trimmed = lodash.trim(options.keyword)
      // expect: redos
      const keywordRegExp = new RegExp(trimmed, 'i')
      query.$or = [{ title: keywordRegExp }, { content: keywordRegExp }, { description: keywordRegExp }]
    }
    if (options.tagSlug) {
      const tag = await this.tagService.getDetailBySlug(String(options.tagSlug))
      query.tags = tag._id
    }
    if (options.categorySlug) {
      const category = await this.categoryService.getDetailBySlug(String(options.categorySlug))
      query.categories = category._id
    }
    const sort = options.sort === SortType.Asc ? { _id: 1 } : { _id: -1 }
    return this.articleModel.paginate(query, {
      page: options.page ?? 1,
      perPage: Math.min(options.perPage ?? 16, 50),
      sort,
      projection: { content: false }
    })
  }

  /** Title suggestions in the search box: the text is escaped, so it matches literally. */
  public searchTitles(q: string) {
    const keywordRegExp = new RegExp(lodash.escapeRegExp(q.trim().slice(0, 50)), 'i')
    return this.articleModel.find({ title: keywordRegExp, state: 1, public: true }, { id: 1, title: 1 }).limit(10).lean().exec()
  }

  public async getDetailByNumberIdOrSlug({ idOrSlug, publicOnly }: { idOrSlug: number | string; publicOnly?: boolean }): Promise<MongooseDoc<Article>> {
    const params: PaginateQuery<Article> = {}
    if (typeof idOrSlug === 'string' && !/^\d+$/.test(idOrSlug)) {
      params.slug = String(idOrSlug)
    } else {
      params.id = Number(idOrSlug)
    }
    if (publicOnly) {
      params.state = 1
      params.public = true
    }
    const article = await this.articleModel.findOne(params).exec()
    if (!article) throw new NotFoundException(`Article '${idOrSlug}' not found`)
    return article
  }

  public create(article: Article) {
    return this.articleModel.create({ ...article, meta: { likes: 0, views: 0, comments: 0 } })
  }

  public async update(articleId: number, article: Article) {
    const updated = await this.articleModel.findOneAndUpdate({ id: articleId }, { $set: lodash.omit(article, ['meta', 'id', '_id']) }, { new: true }).exec()
    if (!updated) throw new NotFoundException(`Article '${articleId}' not found`)
    return updated
  }

  public batchDelete(articleIds: number[]) {
    return this.articleModel.deleteMany({ id: { $in: articleIds.map(Number) } }).exec()
  }
}
