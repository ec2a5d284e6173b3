import React from 'react';

export function PartnerLink({ partner }) {
  // expect: open-redirect
  return <a href={partner.url} target="_blank">{partner.name}</a>;
}

export function DocsLink({ href, children }) {
  return <a href={href} target="_blank" rel="noreferrer">{children}</a>;
}

export function SocialIcon({ network, profileUrl }) {
  // expect: open-redirect
  return React.createElement(
    'a',
    { href: profileUrl, target: '_blank', className: `icon icon-${network}` },
    network
  );
}

export function ReceiptLink({ receiptUrl }) {
  // expect: open-redirect
  const linkProps = { href: receiptUrl, target: '_blank' };
  return React.createElement('a', linkProps, 'Download receipt');
}

export function SponsorLink({ sponsor }) {
  // expect: open-redirect
  return <a href={sponsor.site} target="_blank" rel="external nofollow">{sponsor.name}</a>;
}

export function SafeLink({ href, children }) {
  return <a href={href} target="_blank" rel="noopener noreferrer">{children}</a>;
}

export function InternalLink({ to, children }) {
  return <a href={to}>{children}</a>;
}

export function StatusPageLink() {
  return React.createElement('a', { href: 'https://status.example.com', target: '_blank', rel: 'noopener' }, 'Status');
}
