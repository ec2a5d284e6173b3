import { NextRequest } from 'next/server';

const ALLOWED_THEMES: Record<string, string> = {
  light: '#ffffff',
  dark: '#111827',
};

export async function GET(req: NextRequest) {
  const title = req.nextUrl.searchParams.get('title') ?? 'Blog';
  const theme = req.nextUrl.searchParams.get('theme') ?? 'light';
  const background = ALLOWED_THEMES[theme] ?? ALLOWED_THEMES.light;

  const safeTitle = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="100%" height="100%" fill="${background}"/><text x="60" y="320" font-size="64">${safeTitle}</text></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}

export async function POST(req: NextRequest) {
  const { title = 'Blog', subtitle } = await req.json();
  const html = `<html><body><h1>${title}</h1><h2>${subtitle ?? ''}</h2></body></html>`;
  // expect: xss
  return new Response(html, { headers: { 'Content-Type': 'text/html' } });
}
