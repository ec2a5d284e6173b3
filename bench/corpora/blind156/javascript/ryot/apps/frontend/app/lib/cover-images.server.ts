// Downloads a cover image for custom media and uploads it to the backend's S3 bucket.
import { PresignedPutS3UrlDocument } from '@ryot/generated/graphql/backend/graphql';
import { serverGqlService, API_URL } from '~/lib/utilities.server';

const TRUSTED_IMAGE_HOSTS = new Set(['image.tmdb.org', 'covers.openlibrary.org', 'cdn.myanimelist.net', 'images.igdb.com']);

async function upload(bytes: ArrayBuffer, contentType: string) {
  const { presignedPutS3Url } = await serverGqlService.request(PresignedPutS3UrlDocument, { input: { fileName: 'cover', prefix: 'metadata' } });
  await fetch(presignedPutS3Url.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': contentType } });
  return { __typename: 'S3' as const, key: presignedPutS3Url.key };
}

export async function fetchCoverImage(coverUrl: string) {
  const url = new URL(coverUrl);
  if (url.protocol === 'https:' && TRUSTED_IMAGE_HOSTS.has(url.hostname)) {
    const response = await fetch(url, { signal: AbortSignal.timeout(10000) });
    return upload(await response.arrayBuffer(), response.headers.get('content-type') ?? 'image/jpeg');
  }
  // anything else goes through the backend's own image fetcher
  const response = await fetch(`${API_URL}/image-proxy?url=${encodeURIComponent(coverUrl)}`, { signal: AbortSignal.timeout(10000) });
  return upload(await response.arrayBuffer(), response.headers.get('content-type') ?? 'image/jpeg');
}

export async function fetchCoverImageDirect(coverUrl: string) {
  // expect: ssrf
  const response = await fetch(coverUrl, { signal: AbortSignal.timeout(10000) });
  return upload(await response.arrayBuffer(), response.headers.get('content-type') ?? 'image/jpeg');
}

export const isTrustedImageHost = (value: string) => {
  try {
    return TRUSTED_IMAGE_HOSTS.has(new URL(value).hostname);
  } catch {
    return false;
  }
};
