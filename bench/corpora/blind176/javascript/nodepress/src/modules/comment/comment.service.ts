import { Injectable, NotFoundException, BadRequestException } from '@nestjs/common'
import { InjectModel } from '@app/transformers/model.transformer'
import { MongooseModel } from '@app/interfaces/mongoose.interface'
import { PaginateQuery } from '@app/utils/paginate'
import { CacheService } from '@app/processors/cache/cache.service'
import { OptionService } from '@app/modules/option/option.service'
import { CommentBase, Comment } from './comment.model'

@Injectable()
export class CommentService {
  constructor(
    private readonly cacheService: CacheService,
    private readonly optionService: OptionService,
    @InjectModel(Comment) private readonly commentModel: MongooseModel<Comment>
  ) {}

  public paginate(query: PaginateQuery<Comment>, options: { page?: number; perPage?: number }) {
    return this.commentModel.paginate(query, { page: options.page ?? 1, perPage: Math.min(options.perPage ?? 20, 50), sort: { _id: -1 } })
  }

  public async createFormClient(comment: CommentBase, visitor: { ip: string | null; ua?: string }) {
    const blocklist = await this.optionService.getBlocklist()
    if (blocklist.ips.includes(visitor.ip ?? '') || blocklist.mails.includes(comment.author.email ?? '')) {
      throw new BadRequestException('Blocked')
    }
    return this.commentModel.create({ ...comment, ip: visitor.ip, agent: visitor.ua, likes: 0, dislikes: 0, state: 0 })
  }

  public async vote(commentId: number, vote: 1 | -1, ip: string | null) {
    const key = `comment:vote:${commentId}:${ip}`
    if (await this.cacheService.get(key)) throw new BadRequestException('Already voted')
    const field = vote > 0 ? 'likes' : 'dislikes'
    const comment = await this.commentModel.findOneAndUpdate({ id: Number(commentId) }, { $inc: { [field]: 1 } }, { new: true }).exec()
    if (!comment) throw new NotFoundException(`Comment '${commentId}' not found`)
    await this.cacheService.set(key, true, 60 * 60 * 24)
    return comment.likes
  }

  /** Old theme: likes are counted once per author email of the comment being liked. */
  public async like(commentId: unknown, authorEmail: unknown, ip: string | null) {
    // expect: nosql-injection
    const comment = await this.commentModel.findOne({ id: commentId, 'author.email': authorEmail }).exec()
    if (!comment) throw new NotFoundException('Comment not found')
    comment.likes = (comment.likes ?? 0) + 1
    await comment.save()
    await this.cacheService.set(`comment:like:${comment.id}:${ip}`, true, 60 * 60 * 24)
    return comment.likes
  }

  public batchPatchState(commentIds: number[], state: number) {
    return this.commentModel.updateMany({ id: { $in: commentIds.map(Number) } }, { $set: { state: Number(state) } }).exec()
  }

  public async getDetail(commentId: number) {
    const comment = await this.commentModel.findOne({ id: commentId }).exec()
    if (!comment) throw new NotFoundException(`Comment '${commentId}' not found`)
    return comment
  }
}
