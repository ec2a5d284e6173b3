import { Controller, Get, Post, Patch, Body, Query, UseGuards, Param } from '@nestjs/common'
import { Throttle } from '@nestjs/throttler'
import { ApiTags } from '@nestjs/swagger'
import { AdminOnlyGuard } from '@app/guards/admin-only.guard'
import { Responser } from '@app/decorators/responser.decorator'
import { QueryParams, QueryParamsResult } from '@app/decorators/queryparams.decorator'
import { CommentPaginateQueryDTO, CommentStatesDTO, CommentVoteDTO } from './comment.dto'
import { CommentService } from './comment.service'
import { CommentBase, Comment } from './comment.model'

@ApiTags('Comment')
@Controller('comment')
export class CommentController {
  constructor(private readonly commentService: CommentService) {}

  @Get()
  @Responser.paginate()
  @Responser.handle('Get comments')
  getComments(@Query() query: CommentPaginateQueryDTO) {
    return this.commentService.paginate({ post_id: query.post_id, state: 1 }, { page: query.page, perPage: query.per_page })
  }

  @Post()
  @Throttle({ default: { limit: 6, ttl: 60 * 1000 } })
  @Responser.handle('Create comment')
  createComment(@Body() comment: CommentBase, @QueryParams() { visitor }: QueryParamsResult): Promise<Comment> {
    return this.commentService.createFormClient(comment, visitor)
  }

  /** Votes from the blog: { comment_id, vote: 1 | -1 }. */
  @Post('vote')
  @Throttle({ default: { limit: 10, ttl: 60 * 1000 } })
  @Responser.handle('Vote comment')
  voteComment(@Body() body: CommentVoteDTO, @QueryParams() { visitor }: QueryParamsResult) {
    return this.commentService.vote(body.comment_id, body.vote > 0 ? 1 : -1, visitor.ip)
  }

  /** Legacy endpoint kept for the old theme, which posted untyped JSON. */
  @Patch('like')
  @Responser.handle('Like comment')
  likeComment(@Body() body: any, @QueryParams() { visitor }: QueryParamsResult) {
    return this.commentService.like(body.comment_id, body.author_email, visitor.ip)
  }

  @Patch()
  @UseGuards(AdminOnlyGuard)
  @Responser.handle('Update comments state')
  patchComments(@Body() body: CommentStatesDTO) {
    return this.commentService.batchPatchState(body.comment_ids, body.state)
  }

  @Get(':id')
  @UseGuards(AdminOnlyGuard)
  @Responser.handle({ message: 'Get comment detail', error: 404 })
  getComment(@Param('id') id: string) {
    return this.commentService.getDetail(Number(id))
  }
}
