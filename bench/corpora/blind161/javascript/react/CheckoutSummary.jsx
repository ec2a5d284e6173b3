import React from 'react';
import { useTranslation } from 'react-i18next';

// Checkout summary. The shop ships in six languages; every visible string goes
// through i18next.

export function CheckoutSummary({ cart, onPay }) {
  const { t } = useTranslation('checkout');
  return (
    <section className="summary">
      <h2>{t('summary.title')}</h2>
      <ul>
        {cart.lines.map((line) => (
          <li key={line.id}>
            {line.qty} × {line.name}
          </li>
        ))}
      </ul>
      <p className="total">
        {t('summary.total')}: {cart.totalFormatted}
      </p>
      {renderShippingNote(cart)}
      <button onClick={onPay}>{t('summary.pay')}</button>
    </section>
  );
}

function renderShippingNote(cart) {
  if (cart.freeShipping) {
    // expect: unreachable
    return <p className="note">Free shipping on this order</p>;
  }
  return null;
}

export function EmptyCart() {
  const { t } = useTranslation('checkout');
  return <p className="empty">{t('cart.empty')}</p>;
}

export function PaymentError({ code }) {
  // expect: unreachable
  return <div role="alert">Your payment could not be processed</div>;
}

export function CouponHint() {
  const { t } = useTranslation('checkout');
  return <small>{t('coupon.hint', { max: 1 })}</small>;
}

export function SecureBadge() {
  // expect: unreachable
  return <span className="secure">Secure checkout</span>;
}

export function OrderNumber({ number }) {
  return <span className="order-number">#{number}</span>;
}
