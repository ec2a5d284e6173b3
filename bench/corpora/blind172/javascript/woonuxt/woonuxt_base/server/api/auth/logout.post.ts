import { deleteCookie, readBody, sendRedirect } from 'h3';

/** True for a path on this shop ("/cart", "/product/x?y=1"), false for "//evil" or absolute URLs. */
function isLocalPath(value: unknown): value is string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value);
}

/** POST /api/auth/logout { redirect } : clears the session cookies. */
export default defineEventHandler(async (event) => {
  const body = await readBody<{ redirect?: string }>(event).catch(() => ({} as { redirect?: string }));
  deleteCookie(event, 'authToken');
  deleteCookie(event, 'refreshToken');
  deleteCookie(event, 'woo-session');
  return sendRedirect(event, isLocalPath(body.redirect) ? body.redirect : '/', 303);
});

/** Shared by the account pages: maps WooCommerce order statuses to labels. */
export const ORDER_STATUS_LABELS: Record<string, string> = {
  PENDING: 'Pending payment',
  PROCESSING: 'Processing',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  REFUNDED: 'Refunded',
  FAILED: 'Failed',
};

/** Statuses a shopper may still cancel from the account page. */
export const CANCELLABLE_STATUSES = new Set(['PENDING', 'ON_HOLD']);

/** Whether an order in this status can be cancelled by the shopper. */
export function canCancel(status: string): boolean {
  return CANCELLABLE_STATUSES.has(status);
}
