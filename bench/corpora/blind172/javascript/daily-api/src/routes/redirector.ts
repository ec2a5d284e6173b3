import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Post } from '../entity';
import createOrGetConnection from '../db';
import { notifyView } from '../common';

const WEBAPP = process.env.COMMENTS_PREFIX ?? 'https://app.daily.dev';

export default async function (fastify: FastifyInstance): Promise<void> {
  // GET /r/:postId?a=<alt url> : counts a view then sends the reader to the article
  fastify.get<{ Params: { postId: string }; Querystring: { a?: string; r?: string } }>(
    '/:postId',
    async (req: FastifyRequest<{ Params: { postId: string }; Querystring: { a?: string; r?: string } }>, res: FastifyReply) => {
      const con = await createOrGetConnection();
      const post = await con.getRepository(Post).findOne({
        select: ['id', 'url', 'tagsStr', 'deleted'],
        where: [{ id: req.params.postId }, { shortId: req.params.postId }],
      });
      if (!post || post.deleted) {
        if (req.query.r) {
          // expect: open-redirect
          return res.status(302).redirect(req.query.r);
        }
        return res.status(404).send();
      }
      if (req.userId) {
        notifyView(req.log, post.id, req.userId, req.headers['referer'], new Date(), post.tagsStr?.split(',') ?? []).catch(() => undefined);
      }
      return res
        .headers({ 'Referrer-Policy': 'origin, origin-when-cross-origin', Link: `<${post.url}>; rel="preconnect"` })
        .type('text/html')
        .send(`<html><head><meta name="robots" content="noindex,nofollow"><meta http-equiv="refresh" content="0;URL=${encodeURI(post.url)}"></head></html>`);
    },
  );

  // GET /r/:postId/discuss : the comments page of a post on the web app
  fastify.get<{ Params: { postId: string } }>('/:postId/discuss', async (req, res) => {
    const con = await createOrGetConnection();
    const post = await con.getRepository(Post).findOne({ select: ['id', 'slug'], where: { id: req.params.postId } });
    if (!post) return res.status(404).send();
    return res.status(302).redirect(`${WEBAPP}/posts/${encodeURIComponent(post.slug ?? post.id)}`);
  });
}
