import NodeCache from 'node-cache';
import { fetchWithProxy } from './fetch';
import logger from '../logger';

const myCache = new NodeCache({ stdTTL: 60 * 60 * 24 * 1 });
const CONFIG_BACKEND_URL = process.env.CONFIG_BACKEND_URL || 'https://api.rudderlabs.com';
const getTransformationURL = `${CONFIG_BACKEND_URL}/transformation/getByVersionId`;
const getLibrariesUrl = `${CONFIG_BACKEND_URL}/transformationLibrary/getByVersionId`;

export async function getTransformationCode(versionId: string) {
  const cached = myCache.get(versionId);
  if (cached) return cached as any;
  const url = `${getTransformationURL}?versionId=${encodeURIComponent(versionId)}`;
  const response = await fetchWithProxy(url);
  if (response.status !== 200) throw new Error(`Transformation not found: ${response.status}`);
  const body = await response.json();
  myCache.set(versionId, body);
  return body;
}

export async function getLibraryCodeV1(versionId: string): Promise<string> {
  const url = `${getLibrariesUrl}?versionId=${encodeURIComponent(versionId)}`;
  const response = await fetchWithProxy(url);
  if (response.status !== 200) throw new Error(`Library not found: ${versionId}`);
  const body = await response.json();
  return body.code;
}

// Lets library authors test a draft hosted elsewhere before publishing it.
export async function fetchLibraryFromUrl(libraryUrl: string): Promise<string> {
  logger.debug('fetching library draft', { length: libraryUrl.length });
  // expect: ssrf
  const response = await fetch(libraryUrl, { signal: AbortSignal.timeout(5000) });
  if (response.status !== 200) throw new Error('Library draft could not be fetched');
  return response.text();
}
