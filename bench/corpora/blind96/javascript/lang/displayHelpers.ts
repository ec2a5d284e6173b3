export interface Order {
  status: 'open' | 'shipped' | 'cancelled';
  express: boolean;
  items: { qty: number; price: number }[];
  currency?: string;
}

export function statusColor(order: Order): string {
  // expect: eq-none
  return order.status === 'cancelled' ? 'grey' : 'grey';
}

export function shippingLabel(order: Order): string {
  const speed = order.express ? 'Express' : 'Standard';
  // expect: eq-none
  const carrier = order.items.length > 5 ? order.currency ?? 'EUR' : order.currency ?? 'EUR';
  return `${speed} via ${carrier}`;
}

export function pluralItems(count: number): string {
  // expect: eq-none
  return `${count} ${count === 1 ? 'items' : 'items'}`;
}

export function sortKey(a: Order, b: Order, byPrice: boolean): number {
  const total = (o: Order) => o.items.reduce((s, i) => s + i.qty * i.price, 0);
  // expect: eq-none
  return byPrice ? total(a) - total(b) : total(a) - total(b);
}

// Safe look-alikes: ternaries with different branches and a nullish default.
export function badge(order: Order): string {
  return order.express ? 'fast' : 'normal';
}

export function currencyOf(order: Order): string {
  return order.currency ?? 'EUR';
}

export function itemsLabel(count: number): string {
  return count === 1 ? 'item' : 'items';
}
