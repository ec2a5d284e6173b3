import { getQuery, setHeader } from 'h3';
import sharp from 'sharp';

import { fetchRemoteImage, fetchShopImage } from '../utils/images';

const WIDTHS = [160, 320, 640, 960, 1280];
const FORMATS = { webp: 'image/webp', avif: 'image/avif', jpeg: 'image/jpeg' } as const;

/**
 * GET /api/image?src=...&w=640&f=webp            resize a shop image
 * GET /api/image?src=...&import=1 (admin only)   preview an image to import
 */
export default defineEventHandler(async (event) => {
  const { gqlHost, public: pub } = useRuntimeConfig(event);
  const query = getQuery(event);
  const src = String(query.src ?? '');
  if (!src) throw createError({ statusCode: 400, statusMessage: 'src required' });

  const width = WIDTHS.includes(Number(query.w)) ? Number(query.w) : 640;
  const format = (Object.keys(FORMATS).includes(String(query.f)) ? String(query.f) : 'webp') as keyof typeof FORMATS;

  let input: ArrayBuffer;
  if (query.import === '1') {
    const role = event.context.viewer?.role;
    if (role !== 'administrator' && role !== 'shop_manager') {
      throw createError({ statusCode: 403, statusMessage: 'Forbidden' });
    }
    input = await fetchRemoteImage(src);
  } else {
    input = await fetchShopImage(src, gqlHost);
  }

  const output = await sharp(Buffer.from(input)).resize({ width, withoutEnlargement: true }).toFormat(format).toBuffer();
  setHeader(event, 'Content-Type', FORMATS[format]);
  setHeader(event, 'Cache-Control', `public, max-age=${pub.imageCacheSeconds ?? 86400}`);
  return output;
});
