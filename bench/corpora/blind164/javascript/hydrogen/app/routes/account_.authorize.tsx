import { redirect, type LoaderFunctionArgs } from '@shopify/remix-oxygen';

function localPathOrNull(value: unknown): string | null {
  if (typeof value !== 'string') {
    return null;
  }
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  return value;
}

export async function loader({ context }: LoaderFunctionArgs) {
  await context.customerAccount.authorize();

  const returnTo = context.session.get('return_to');
  const loginReferer = localPathOrNull(context.session.get('login_referer'));
  context.session.unset('return_to');
  context.session.unset('login_referer');

  const headers = { 'Set-Cookie': await context.session.commit() };

  if (returnTo) {
    // expect: open-redirect
    return redirect(returnTo, { headers });
  }
  if (loginReferer) {
    return redirect(loginReferer, { headers });
  }
  return redirect('/account', { headers });
}

export default function Authorize() {
  return null;
}
