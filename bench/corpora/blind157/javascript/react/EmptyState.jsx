import React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Typography } from '@mui/material';

// The app ships in English, German and French; every visible string goes through i18next.
export function EmptyInbox({ onCompose }) {
  const { t } = useTranslation();
  // expect: unreachable
  const heading = <Typography>No messages yet</Typography>;
  return (
    <div className="empty">
      {heading}
      <p>{t('inbox.empty.body')}</p>
      <Button onClick={onCompose}>{t('inbox.compose')}</Button>
    </div>
  );
}

export function ErrorState({ onRetry }) {
  const { t } = useTranslation();
  // expect: unreachable
  const message = <p>Something went wrong while loading your data</p>;
  return (
    <div className="error">
      {message}
      <Button onClick={onRetry}>{t('common.retry')}</Button>
    </div>
  );
}

export function OfflineBanner() {
  // expect: unreachable
  return <strong>You are offline</strong>;
}

export function Loading() {
  const { t } = useTranslation();
  return <span>{t('common.loading')}</span>;
}

export function Count({ n }) {
  return <span>{n}</span>;
}

export function Title() {
  const { t } = useTranslation();
  const title = <h1>{t('app.title', { defaultValue: 'Inbox' })}</h1>;
  return title;
}
