// Resource route that renders a small embeddable media card as HTML.
import type { LoaderFunctionArgs } from '@remix-run/node';
import escapeHtml from 'escape-html';
import { MetadataDetailsDocument } from '@ryot/generated/graphql/backend/graphql';
import { serverGqlService } from '~/lib/utilities.server';
import { fetchCoverImageDirect } from '~/lib/cover-images.server';

const CARD_CACHE_SECONDS = 300;

export const headers = () => ({
  'Cache-Control': `public, max-age=${CARD_CACHE_SECONDS}`,
});

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  const id = url.searchParams.get('id') ?? '';
  const caption = url.searchParams.get('caption') ?? '';
  const { metadataDetails } = await serverGqlService.request(MetadataDetailsDocument, { metadataId: id });
  const title = escapeHtml(metadataDetails.title);

  if (url.searchParams.get('refreshCover')) {
    await fetchCoverImageDirect(url.searchParams.get('refreshCover') as string);
  }

  if (url.searchParams.get('format') === 'plain') {
    return new Response(`<figure><figcaption>${escapeHtml(caption)}</figcaption><h3>${title}</h3></figure>`, {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
  // expect: xss
  return new Response(`<figure><figcaption>${caption}</figcaption><h3>${title}</h3></figure>`, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
