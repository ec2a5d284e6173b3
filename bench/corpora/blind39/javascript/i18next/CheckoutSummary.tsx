import React from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Button, Typography } from '@mui/material';

type Props = { count: number; total: string; onPay: () => void; error?: string };

export function CheckoutSummary({ count, total, onPay, error }: Props) {
  const { t } = useTranslation('checkout');

  return (
    <section className="checkout-summary">
      <h2>Order summary</h2>
      <Typography variant="body2">
        {t('checkout.items', { count })}
      </Typography>
      <p className="total">
        {t('checkout.total')}: {total}
      </p>
      {error && <Typography color="error">Payment could not be processed</Typography>}
      <Button variant="contained" onClick={onPay}>
        Pay now
      </Button>
      <Trans i18nKey="checkout.terms" t={t}>
        By paying you accept the <a href="/terms">terms</a>.
      </Trans>
      <small>{count}</small>
      <footer>
        <span>Secure checkout by Stripe</span>
      </footer>
    </section>
  );
}
