import { Hono } from 'hono';
import { requireOrganization } from '../app/auth.middleware';
import { documentsRepository } from './documents.repository';
import { createDocument } from './documents.usecases';

export const documentsRoutes = new Hono<{ Variables: { userId: string; organizationId: string } }>();

documentsRoutes.get('/api/organizations/:organizationId/documents/search', requireOrganization, async (c) => {
  const { searchQuery = '', exact } = c.req.query();
  const organizationId = c.get('organizationId');
  const documents = exact === 'true'
    ? await documentsRepository.searchExact({ organizationId, searchQuery })
    : await documentsRepository.searchByName({ organizationId, searchQuery });
  return c.json({ documents });
});

documentsRoutes.post('/api/organizations/:organizationId/documents', requireOrganization, async (c) => {
  const body = await c.req.parseBody();
  const file = body.file as File;
  const ocrLanguage = (body.ocrLanguage as string) ?? 'eng';
  const document = await createDocument({
    file,
    organizationId: c.get('organizationId'),
    userId: c.get('userId'),
    ocrLanguage,
    keepOriginalName: body.keepOriginalName === 'true',
  });
  return c.json({ document });
});
