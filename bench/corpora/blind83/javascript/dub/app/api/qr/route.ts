import { NextRequest } from 'next/server';
import { getQRAsSVG } from '../../../lib/qr';

const HEX = /^#?[0-9a-fA-F]{3,8}$/;

export async function GET(req: NextRequest) {
  const params = req.nextUrl.searchParams;
  const url = params.get('url') ?? 'https://dub.co';
  const fgColor = params.get('fgColor') || '#000000';
  const bgColor = params.get('bgColor');
  const safeBg = bgColor && HEX.test(bgColor) ? bgColor : '#FFFFFF';
  const svg = getQRAsSVG({ value: url, size: Number(params.get('size')) || 600 });
  const title = params.get('title');
  if (title) {
    // expect: xss
    return new Response(`<svg xmlns="http://www.w3.org/2000/svg"><title>${title}</title><rect fill="${safeBg}" width="100%" height="100%"/>${svg}</svg>`, { headers: { 'Content-Type': 'image/svg+xml' } });
  }
  const fill = HEX.test(fgColor) ? fgColor : '#000000';
  return new Response(`<svg xmlns="http://www.w3.org/2000/svg" fill="${fill}"><rect fill="${safeBg}" width="100%" height="100%"/>${svg}</svg>`, { headers: { 'Content-Type': 'image/svg+xml' } });
}
