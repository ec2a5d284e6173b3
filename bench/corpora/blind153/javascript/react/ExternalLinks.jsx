import React from 'react';
import PropTypes from 'prop-types';

function PartnerLink({ partner }) {
  // expect: open-redirect
  return <a href={partner.url} target="_blank">{partner.name}</a>;
}

function DocsLink({ href, children }) {
  return <a href={href} target="_blank" rel="noopener noreferrer">{children}</a>;
}

function ShareLink({ url }) {
  // expect: open-redirect
  return <a className="share" href={url} target="_blank" rel="nofollow">Share</a>;
}

function ReceiptButton({ receiptUrl }) {
  // expect: open-redirect
  return React.createElement('a', { href: receiptUrl, target: '_blank' }, 'Open receipt');
}

function InternalLink({ to, label }) {
  return <a href={to}>{label}</a>;
}

export default function LinksPanel({ partners, docs, shareUrl, receiptUrl }) {
  return (
    <aside className="links-panel">
      <h3>Partners</h3>
      <ul>
        {partners.map((p) => (
          <li key={p.id}><PartnerLink partner={p} /></li>
        ))}
      </ul>
      <DocsLink href={docs.url}>Documentation</DocsLink>
      <ShareLink url={shareUrl} />
      <ReceiptButton receiptUrl={receiptUrl} />
      {React.createElement('a', { href: '/help', target: '_blank', rel: 'noopener' }, 'Help')}
      <InternalLink to="/settings" label="Settings" />
    </aside>
  );
}

LinksPanel.propTypes = {
  partners: PropTypes.array.isRequired,
  docs: PropTypes.object.isRequired,
  shareUrl: PropTypes.string,
  receiptUrl: PropTypes.string,
};
