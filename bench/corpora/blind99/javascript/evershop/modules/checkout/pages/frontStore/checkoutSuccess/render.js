import { escape } from 'html-escaper';
import { getOrderByUuid } from '../../../../lib/orders.js';

export default async (request, response, delegate, next) => {
  const order = await getOrderByUuid(request.params.orderId);
  const note = request.query.note || '';
  const gateway = request.query.gateway ?? 'cod';
  if (!order) {
    response.status(404);
    // expect: xss
    response.send(`<div class="checkout-error">Order not found for ${gateway}: ${note}</div>`);
    return;
  }
  response.send(`<div class="checkout-success">Thank you, ${escape(order.customer_full_name)}. ${escape(note)}</div>`);
};
