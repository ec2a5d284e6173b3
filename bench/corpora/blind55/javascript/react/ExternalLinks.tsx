import React from 'react';
import { Link } from 'react-router-dom';

type Partner = { name: string; url: string };

const partnerLinkProps = { target: '_blank', rel: 'nofollow' };

export function PartnerLink({ partner }: { partner: Partner }) {
  // expect: tabnabbing
  return <a href={partner.url} target="_blank">{partner.name}</a>;
}

export function SponsoredLink({ partner }: { partner: Partner }) {
  // expect: tabnabbing
  return <a className="sponsored" target="_blank" rel="nofollow sponsored" href={partner.url}>{partner.name}</a>;
}

export function ReceiptButton({ receiptUrl }: { receiptUrl: string }) {
  // expect: tabnabbing
  return React.createElement('a', { href: receiptUrl, target: '_blank', className: 'btn' }, 'Open receipt');
}

export function PartnerCard({ partner }: { partner: Partner }) {
  const props = { ...partnerLinkProps, href: partner.url };
  // expect: tabnabbing
  const link = React.createElement('a', props, 'Visit site');
  return (
    <div className="card">
      <h3>{partner.name}</h3>
      {link}
    </div>
  );
}

export function ChangelogLink({ url }: { url: string }) {
  // expect: tabnabbing
  return React.createElement('a', { href: url, target: '_blank', rel: 'external' }, 'Changelog');
}

// Safe: noopener and noreferrer.
export function DocsLink({ url, label }: { url: string; label: string }) {
  return <a href={url} target="_blank" rel="noopener noreferrer">{label}</a>;
}

// Safe: a same-site path opened in a new tab.
export function HelpLink() {
  return <a href="/help/billing" target="_blank">Billing help</a>;
}

// Safe: a router link in the same tab.
export function AccountLink() {
  return <Link to="/account">Account</Link>;
}
