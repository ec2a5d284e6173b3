import { redirect, type LoaderFunctionArgs } from '@shopify/remix-oxygen';

/**
 * Automatically applies a discount found on the url
 * If a cart exists it's updated with the discount, otherwise a cart is created with the discount already applied
 *
 * @example
 * Example path applying a discount and optional redirecting (defaults to the home page)
 * ```js
 * /discount/FREESHIPPING?redirect=/products
 * ```
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { cart } = context;
  const { code } = params;

  const url = new URL(request.url);
  const searchParams = new URLSearchParams(url.search);
  let redirectParam = searchParams.get('redirect') || searchParams.get('return_to') || '/';

  if (!redirectParam.startsWith('/') || redirectParam.startsWith('//')) {
    redirectParam = '/';
  }

  searchParams.delete('redirect');
  searchParams.delete('return_to');

  const redirectUrl = `${redirectParam}?${searchParams}`;

  if (!code) {
    return redirect(redirectUrl);
  }

  const result = await cart.updateDiscountCodes([code]);
  const headers = cart.setCartId(result.cart.id);

  return redirect(redirectUrl, { status: 303, headers });
}
