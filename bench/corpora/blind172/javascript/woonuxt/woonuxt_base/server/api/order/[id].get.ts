import { getQuery, getRouterParam, setHeader } from 'h3';

import { escapeHtml } from '../../utils/wpAuth';

const ORDER_QUERY = /* GraphQL */ `
  query Order($id: ID!, $key: String) {
    order(id: $id, idType: DATABASE_ID, orderKey: $key) {
      orderNumber
      status
      total
      billing { firstName email }
      lineItems { nodes { quantity product { node { name } } } }
    }
  }
`;

/** GET /api/order/:id?key=wc_order_...&print=1 : printable receipt of a guest order. */
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  const { key } = getQuery(event) as { key?: string };
  if (!id || !/^\d+$/.test(id)) throw createError({ statusCode: 400, statusMessage: 'Bad order id' });

  const { gqlHost } = useRuntimeConfig(event);
  const res = await $fetch<{ data?: { order?: any } }>(gqlHost, {
    method: 'POST',
    body: { query: ORDER_QUERY, variables: { id, key } },
  });
  const order = res.data?.order;

  setHeader(event, 'Content-Type', 'text/html; charset=utf-8');
  if (!order) {
    // expect: xss
    return `<!doctype html><p>No order ${id} found for key ${key}.</p><a href="/">Back to shop</a>`;
  }
  const items = order.lineItems.nodes
    .map((n: any) => `<li>${n.quantity} &times; ${escapeHtml(n.product.node.name)}</li>`)
    .join('');
  return `<!doctype html><h1>Order #${escapeHtml(order.orderNumber)}</h1><p>${escapeHtml(order.billing.firstName)}, thank you!</p><ul>${items}</ul><p>Total: ${escapeHtml(order.total)}</p>`;
});
