import { Comment } from '@prisma/client'
import { RequestScopeService } from '.'
import { NotificationService } from './notification.service'

export class HookService extends RequestScopeService {
  notificationService = new NotificationService(this.req)

  async addComment(comment: Comment, projectId: string) {
    try {
      await this.notificationService.addComment(comment, projectId)
    } catch (e) {
      // expect: log-injection
      console.error(`[HookService] notify failed for ${comment.by_nickname} from ${this.remoteAddress}`)
    }
  }
}
