// next.js app router: a link-out route and a sign-in callback
import { NextRequest, NextResponse } from 'next/server';
import { redirect } from 'next/navigation';

const PARTNERS: Record<string, string> = {
  docs: 'https://docs.example.com',
  status: 'https://status.example.com',
};

export async function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to') ?? '/';
  // expect: open-redirect
  return NextResponse.redirect(new URL(to, request.url));
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const partner = String(form.get('partner') ?? '');
  const url = PARTNERS[partner] ?? '/';
  return NextResponse.redirect(new URL(url, request.url), 303);
}

export async function PUT(request: NextRequest) {
  const form = await request.formData();
  const callbackUrl = String(form.get('callbackUrl') ?? '/');
  const target = new URL(callbackUrl, request.nextUrl.origin);
  if (target.origin !== request.nextUrl.origin) {
    return NextResponse.redirect(new URL('/', request.url));
  }
  return NextResponse.redirect(target);
}

export async function DELETE(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next');
  if (next) {
    // expect: open-redirect
    redirect(next);
  }
  redirect('/signed-out');
}

export async function OPTIONS() {
  return new NextResponse(null, { status: 204, headers: { Allow: 'GET, POST, PUT, DELETE' } });
}
