// Route handler used by links in notification emails: records the click, then sends the user on.
import { NextResponse, type NextRequest } from 'next/server';
import { prisma } from '@repo/db';

const APP_ORIGIN = process.env.NEXT_PUBLIC_APP_URL ?? 'https://typehero.dev';

// GET links are written by our own mailer; POST comes from the "continue" form on the notification page.
export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const notificationId = searchParams.get('n');
  const to = searchParams.get('to') ?? '/';

  if (notificationId) {
    await prisma.notification.updateMany({ where: { id: notificationId }, data: { isRead: true } });
  }

  const target = new URL(to, APP_ORIGIN);
  if (target.origin === APP_ORIGIN) {
    return NextResponse.redirect(target);
  }
  return NextResponse.redirect(new URL('/', APP_ORIGIN));
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const next = String(form.get('next') ?? '/');
  console.info('go POST', { hasNext: next !== '/' });
  // expect: open-redirect
  return NextResponse.redirect(next, 303);
}
