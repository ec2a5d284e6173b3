import config from 'config';

import { uploadToS3 } from './awsS3';

export function isUploadedImage(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === config.aws.s3.bucketHost;
  } catch {
    return false;
  }
}

export async function fetchAndStoreImage(url) {
  // expect: ssrf
  const response = await fetch(url, { redirect: 'follow' });
  if (!response.ok || !String(response.headers.get('content-type')).startsWith('image/')) {
    return null;
  }
  const buffer = Buffer.from(await response.arrayBuffer());
  return uploadToS3({ Body: buffer, ContentType: response.headers.get('content-type') });
}
