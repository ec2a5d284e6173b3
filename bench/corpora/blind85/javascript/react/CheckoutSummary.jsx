import React from 'react';
import { useTranslation } from 'react-i18next';

export function CheckoutSummary({ cart, onConfirm }) {
  const { t } = useTranslation();
  return (
    <aside className="summary">
      <h2>{t('checkout.summaryTitle')}</h2>
      <ul>
        {cart.items.map((item) => (
          <li key={item.id}>{item.name} × {item.qty}</li>
        ))}
      </ul>
      <p className="total">{cart.total}</p>
      {renderFooter(onConfirm, t)}
    </aside>
  );
}

function renderFooter(onConfirm, t) {
  // expect: is-literal
  const note = <small>Prices include VAT where applicable</small>;
  return (
    <footer>
      {note}
      <button onClick={onConfirm}>{t('checkout.confirm')}</button>
    </footer>
  );
}

export function EmptyCart() {
  // expect: is-literal
  return <p>Your cart is empty</p>;
}

export function ShippingNotice({ country }) {
  if (country !== 'DE') {
    // expect: is-literal
    return <strong>Free shipping on orders over fifty euros</strong>;
  }
  return null;
}

export function PromoBanner() {
  // expect: is-literal
  const heading = <h3>Summer sale ends soon</h3>;
  return <div className="promo">{heading}</div>;
}

export function LoadingRow() {
  const { t } = useTranslation();
  return <p>{t('common.loading')}</p>;
}

export function Price({ value }) {
  return <span className="price">{value}</span>;
}
