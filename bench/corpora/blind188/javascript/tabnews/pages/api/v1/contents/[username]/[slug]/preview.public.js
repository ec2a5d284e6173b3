import { createRouter } from 'next-connect';
import content from 'models/content.js';
import linkPreview from 'models/link-preview.js';
import validator, { isValidationError } from 'models/validator.js';

const router = createRouter();

router.get(getHandler);

/** GET /api/v1/contents/:username/:slug/preview: the card shown under a post with a source. */
async function getHandler(request, response) {
  const params = validator(request.query, { username: 'required', slug: 'required' });
  const found = await content.findOne(params);
  if (!found) {
    return response.status(404).json({ message: 'O conteúdo informado não foi encontrado no sistema.' });
  }
  const preview = await linkPreview.getForContent(found);
  response.setHeader('Cache-Control', 'public, s-maxage=3600, stale-while-revalidate');
  return response.status(200).json({
    source_url: found.source_url,
    title: preview?.title ?? null,
    image: preview?.image ?? null,
  });
}

export default router.handler({
  onError(err, request, response) {
    if (isValidationError(err)) {
      return response.status(400).json({ message: err.message });
    }
    console.error(err);
    return response.status(502).json({ message: 'Não foi possível gerar a prévia.' });
  },
});
