/*!
 * Twikoo-style comment function (self-hosted MongoDB variant)
 */
const { connectToDatabase } = require('./utils/db')
const { commentGet, commentCount, commentSubmit } = require('./utils/comment')
const { previewLink } = require('./utils/preview')
const { renderAdminPage } = require('./utils/page')

module.exports = async (request, response) => {
  const event = request.body || {}
  const db = await connectToDatabase(process.env.MONGODB_URI)
  let res = {}
  try {
    switch (event.event) {
      case 'COMMENT_GET':
        res = await commentGet(db, event)
        break
      case 'GET_COMMENTS_COUNT':
        res = await commentCount(db, event)
        break
      case 'COMMENT_SUBMIT':
        res = await commentSubmit(db, event, request)
        break
      case 'LINK_PREVIEW':
        res = await previewLink(event)
        break
      case 'ADMIN_PAGE':
        return renderAdminPage(response, request.query)
      default:
        res = { code: 400, message: 'unknown event' }
    }
  } catch (e) {
    res = { code: 500, message: e.message }
  }
  response.status(200).json(res)
}
