import React from 'react';
import { useTranslation, Trans } from 'react-i18next';

function formatMoney(cents, currency) {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);
}

export function InvoiceRow({ invoice }) {
  return (
    <tr>
      <td>{invoice.number}</td>
      <td>{formatMoney(invoice.total, invoice.currency)}</td>
    </tr>
  );
}

export function EmptyInvoices() {
  // expect: not-internationalized
  return <p className="empty">You have no invoices yet</p>;
}

export default function BillingPage({ invoices, plan }) {
  const { t } = useTranslation('billing');

  // expect: not-internationalized
  const heading = <h2>Billing and payments</h2>;

  // Safe: the label comes from the translation catalogue.
  const planLabel = <span className="plan">{t('plan.current', { name: plan.name })}</span>;

  // expect: not-internationalized
  const upgrade = <button type="button">Upgrade your plan</button>;

  // Safe: only data and symbols, no words.
  const total = <strong>{formatMoney(plan.price, plan.currency)} / {plan.interval}</strong>;

  if (!invoices.length) {
    return <section>{heading}{planLabel}<EmptyInvoices /></section>;
  }

  // Safe: Trans with a key.
  const footnote = <Trans i18nKey="billing.footnote" />;

  // expect: not-internationalized
  const caption = <caption>Invoices from the last twelve months</caption>;

  return (
    <section>
      {heading}
      {planLabel}
      {total}
      {upgrade}
      <table>
        {caption}
        <tbody>{invoices.map((inv) => <InvoiceRow key={inv.id} invoice={inv} />)}</tbody>
      </table>
      {footnote}
    </section>
  );
}
