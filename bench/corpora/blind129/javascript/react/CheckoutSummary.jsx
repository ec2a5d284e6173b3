import React from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../lib/money';

export function EmptyCart() {
  // expect: unreachable
  return <p className="cart-empty">Your cart is empty</p>;
}

export function PlaceOrderButton({ onClick, busy }) {
  const { t } = useTranslation('checkout');
  if (busy) {
    // expect: unreachable
    return <button disabled>Placing your order</button>;
  }
  return <button onClick={onClick}>{t('placeOrder')}</button>;
}

export function ShippingNotice() {
  // expect: unreachable
  return <small>Free shipping on orders over fifty euros</small>;
}

export function SummaryTitle() {
  const { t } = useTranslation('checkout');
  return <h2>{t('summary.title')}</h2>;
}

export function TotalRow({ total, currency }) {
  return <td>{formatMoney(total, currency)}</td>;
}

export function ItemCount({ count }) {
  return <span>{count}</span>;
}

export function Percent({ value }) {
  return <b>{value}%</b>;
}

export default function CheckoutSummary({ items, total, currency, onPlaceOrder, busy }) {
  if (!items.length) {
    return <EmptyCart />;
  }
  return (
    <aside className="checkout-summary">
      <SummaryTitle />
      <ItemCount count={items.length} />
      <TotalRow total={total} currency={currency} />
      <ShippingNotice />
      <PlaceOrderButton onClick={onPlaceOrder} busy={busy} />
    </aside>
  );
}
