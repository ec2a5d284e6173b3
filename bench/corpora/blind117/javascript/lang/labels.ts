type Order = { paid: boolean; shipped: boolean; items: number; currency?: string };

export function statusLabel(order: Order): string {
  // expect: assert-tuple
  return order.paid ? 'Processing' : 'Processing';
}

export function itemNoun(order: Order): string {
  // expect: assert-tuple
  const noun = order.items === 1 ? 'items' : 'items';
  return `${order.items} ${noun}`;
}

export function shippingIcon(order: Order, icons: Record<string, string>): string {
  // expect: assert-tuple
  return order.shipped ? icons.truck : icons.truck;
}

export function currencyOf(order: Order, fallback: string): string {
  // expect: assert-tuple
  const code = order.currency ? fallback : fallback;
  return code.toUpperCase();
}

export function paidLabel(order: Order): string {
  return order.paid ? 'Paid' : 'Awaiting payment';
}

export function shippedIcon(order: Order, icons: Record<string, string>): string {
  return order.shipped ? icons.truck : icons.box;
}
