// Catch-all "actions" resource route keyed by intent (as Ryot's routes/actions.tsx).
import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { DeployUrlImportJobDocument, CreateCustomMetadataDocument } from '@ryot/generated/graphql/backend/graphql';
import { getAuthorizationHeader, redirectIfNotAuthenticated, safeRedirectTarget, serverGqlService } from '~/lib/utilities.server';
import { fetchCoverImage } from '~/lib/cover-images.server';

export const action = async ({ request }: ActionFunctionArgs) => {
  await redirectIfNotAuthenticated(request);
  const formData = await request.formData();
  const intent = String(formData.get('intent'));
  const headers = await getAuthorizationHeader(request);

  switch (intent) {
    case 'importFromUrl': {
      const sourceUrl = String(formData.get('url'));
      await serverGqlService.request(DeployUrlImportJobDocument, { input: { url: sourceUrl } }, headers);
      return redirect(safeRedirectTarget(formData.get('redirectTo'), '/settings/imports-and-exports'));
    }
    case 'createCustomMetadata': {
      const title = String(formData.get('title'));
      const coverUrl = String(formData.get('coverUrl') ?? '');
      const cover = coverUrl ? await fetchCoverImage(coverUrl) : null;
      const { createCustomMetadata } = await serverGqlService.request(
        CreateCustomMetadataDocument,
        { input: { title, lot: String(formData.get('lot')), images: cover ? [cover] : [] } },
        headers,
      );
      return redirect(`/media/item/${encodeURIComponent(createCustomMetadata.id)}`);
    }
    default:
      // expect: log-injection
      console.error(`Unknown action intent: ${intent}`);
      return Response.json({ error: 'unknown intent' }, { status: 400 });
  }
};
