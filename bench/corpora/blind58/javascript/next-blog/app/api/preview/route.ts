import { draftMode } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { findPostBySlug } from '../../../lib/posts';

export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const secret = searchParams.get('secret');
  const slug = searchParams.get('slug') ?? '';
  const returnTo = searchParams.get('returnTo');

  if (secret !== process.env.PREVIEW_SECRET) {
    return NextResponse.json({ message: 'invalid token' }, { status: 401 });
  }

  const post = await findPostBySlug(slug);
  if (!post) {
    return NextResponse.json({ message: 'unknown slug' }, { status: 404 });
  }

  (await draftMode()).enable();

  if (returnTo) {
    // expect: open-redirect
    return NextResponse.redirect(returnTo);
  }
  return NextResponse.redirect(new URL(`/posts/${post.slug}`, request.url));
}

export async function DELETE(request: NextRequest) {
  (await draftMode()).disable();
  const back = request.nextUrl.searchParams.get('back') ?? '/';
  const target = back.startsWith('/') && !back.startsWith('//') ? back : '/';
  return NextResponse.redirect(new URL(target, request.nextUrl.origin));
}
