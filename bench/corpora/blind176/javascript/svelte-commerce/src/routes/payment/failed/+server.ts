import type { RequestHandler } from './$types'
import { OrdersService } from '$lib/services'

const escapeHtml = (value: string) =>
	value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')

/**
 * The payment gateway posts the shopper back here when a payment fails. The page is
 * plain HTML so it also works inside the gateway's in-app browser.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const orderNo = url.searchParams.get('order_no') ?? ''
	const reason = url.searchParams.get('error_description') ?? 'The payment could not be completed.'

	let orderLine = ''
	if (/^[A-Z0-9-]{4,32}$/.test(orderNo)) {
		const order = await OrdersService.fetchOrder({ id: orderNo, sid: locals.sid, origin: locals.origin })
		orderLine = `<p>Order <strong>${escapeHtml(order.orderNo)}</strong> of ${escapeHtml(order.formattedAmount)} was not charged.</p>`
	}

	const head = '<!doctype html><html><head><meta charset="utf-8"><title>Payment failed</title></head><body><h1>Payment failed</h1>'
	const retry = '<p><a href="/checkout/payment-options">Try again</a></p></body></html>'
	const headers = { 'content-type': 'text/html; charset=utf-8' }

	// expect: xss
	return new Response(`${head}${orderLine}<p class="reason">${reason}</p>${retry}`, { headers })
}
