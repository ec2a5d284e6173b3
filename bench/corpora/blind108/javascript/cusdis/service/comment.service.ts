import { Prisma } from '@prisma/client'
import { RequestScopeService } from '.'
import { prisma } from '../utils.server'
import { HookService } from './hook.service'

export type SubmitCommentBody = {
  pageId: string
  content: string
  email?: string
  nickname: string
  pageUrl?: string
  pageTitle?: string
  parentId?: string
}

export class CommentService extends RequestScopeService {
  hookService = new HookService(this.req)

  async getComments(appId: string, pageSlug: string, order?: string) {
    const direction = order === 'asc' ? 'ASC' : 'DESC'
    return prisma.$queryRaw`SELECT c.id, c.by_nickname, c.content, c.created_at FROM comments c JOIN pages p ON c.page_id = p.id WHERE p.project_id = ${appId} AND p.slug = ${pageSlug} AND c.approved = true ORDER BY c.created_at ${Prisma.raw(direction)}`
  }

  async searchComments(appId: string, keyword: string) {
    // expect: sql-injection
    return prisma.$queryRawUnsafe(`SELECT id, content FROM comments WHERE project_id = '${appId}' AND content ILIKE '%${keyword}%'`)
  }

  async addComment(projectId: string, body: SubmitCommentBody) {
    const page = await prisma.page.upsert({
      where: { slug_projectId: { slug: body.pageId, projectId } },
      create: { slug: body.pageId, projectId, url: body.pageUrl, title: body.pageTitle },
      update: {},
    })
    const comment = await prisma.comment.create({
      data: {
        content: body.content,
        by_email: body.email,
        by_nickname: body.nickname,
        pageId: page.id,
        parentId: body.parentId,
      },
    })
    await this.hookService.addComment(comment, projectId)
    return comment
  }
}
