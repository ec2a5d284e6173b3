import { apiHandler } from '../../../utils.server'
import { CommentService, SubmitCommentBody } from '../../../service/comment.service'

export default apiHandler()
  .get(async (req, res) => {
    const commentService = new CommentService(req)
    const { appId, pageId, order, q } = req.query as Record<string, string>
    if (q) return res.json({ data: await commentService.searchComments(appId, q) })
    res.json({ data: await commentService.getComments(appId, pageId, order) })
  })
  .post(async (req, res) => {
    const commentService = new CommentService(req)
    const body = req.body as SubmitCommentBody & { appId: string }
    if (!body.content || !body.nickname) return res.status(400).json({ message: 'content and nickname are required' })
    const comment = await commentService.addComment(body.appId, body)
    res.json({ data: { id: comment.id } })
  })
