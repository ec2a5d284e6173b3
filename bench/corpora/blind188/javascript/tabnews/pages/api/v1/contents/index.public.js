import { createRouter } from 'next-connect';
import slugify from 'slugify';
import authentication from 'models/authentication.js';
import authorization from 'models/authorization.js';
import content from 'models/content.js';
import validator, { isValidationError } from 'models/validator.js';

const router = createRouter();

router.get(getHandler);
router.use(authentication.injectUser).post(authorization.canRequest('create:content'), postHandler);

async function getHandler(request, response) {
  const query = validator(request.query, {
    page: 'optional',
    per_page: 'optional',
    strategy: 'optional',
    search: 'optional',
    username: 'optional',
  });
  const rows = query.username
    ? await content.findByOwner({ username: query.username, search: request.query.search, per_page: query.per_page })
    : await content.findWithStrategy(query);
  response.setHeader('Cache-Control', 'public, s-maxage=10, stale-while-revalidate');
  return response.status(200).json(rows);
}

async function postHandler(request, response) {
  const body = validator(request.body, {
    title: 'required',
    body: 'required',
    source_url: 'optional',
  });
  const slug = slugify(body.title, { lower: true, strict: true }).slice(0, 160) || String(Date.now());
  const created = await content.create({
    owner_id: request.context.user.id,
    title: body.title,
    body: body.body,
    slug,
    source_url: body.source_url,
  });
  return response.status(201).json(created);
}

export default router.handler({
  onError(err, request, response) {
    if (isValidationError(err)) {
      return response.status(400).json({ message: err.message });
    }
    console.error(err);
    return response.status(500).json({ message: 'Internal error' });
  },
});
