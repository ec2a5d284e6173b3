import type { LoaderFunctionArgs } from '@shopify/remix-oxygen';

/**
 * Starts the Customer Account API login. The page the shopper came from is
 * remembered in the session so the authorize callback can send them back.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const returnTo = url.searchParams.get('return_to');

  if (returnTo) {
    context.session.set('return_to', returnTo);
  } else {
    context.session.unset('return_to');
  }

  const referer = request.headers.get('referer');
  if (referer) {
    const refererUrl = new URL(referer);
    if (refererUrl.origin === url.origin) {
      context.session.set('login_referer', refererUrl.pathname + refererUrl.search);
    }
  }

  return context.customerAccount.login({
    uiLocales: context.storefront.i18n.language,
  });
}

export default function Login() {
  return null;
}
