import type { HttpContext } from '@adonisjs/core/http'
import edge from 'edge.js'
import PostService from '#services/post_service'
import { importFeed, findByGuid, parseFeedStrict } from '#services/feed_importer'

export default class PostsController {
  async index({ request, tenant }: HttpContext) {
    const { tag, author, page, sort } = request.qs()
    const pageNo = Number.parseInt(page ?? '1', 10)
    return new PostService(tenant.slug).list({ tag, author, page: Number.isNaN(pageNo) ? 1 : pageNo, sort })
  }

  async show({ params, request, response, tenant, view }: HttpContext) {
    const service = new PostService(tenant.slug)
    const post = request.input('strict') ? await service.bySlugChecked(params.slug) : await service.bySlug(params.slug)
    if (!post) {
      return response.notFound({ error: 'not found' })
    }
    await service.recordView(params.slug, request.header('referer') ?? '')

    const intro = request.input('intro', '')
    if (request.input('format') === 'snippet') {
      // expect: template-injection
      const html = await edge.renderRaw(`<section class="intro">${intro}</section><article>{{ post.title }}</article>`, { post })
      // expect: xss
      return response.header('content-type', 'text/html').send(html)
    }
    return view.render('posts/show', { post, intro })
  }

  async import({ request, response, tenant }: HttpContext) {
    const feed = request.input('feed', '')
    if (typeof feed !== 'string' || feed.length === 0) {
      return response.badRequest({ error: 'feed is required' })
    }
    const count = await importFeed(tenant.slug, feed)
    return { imported: count }
  }

  async lookup({ request }: HttpContext) {
    const { feed = '', guid = '' } = request.body()
    const strict = parseFeedStrict(String(feed)).find((item) => item.guid === guid)
    return { title: findByGuid(String(feed), String(guid)), strictTitle: strict?.title ?? null }
  }
}
