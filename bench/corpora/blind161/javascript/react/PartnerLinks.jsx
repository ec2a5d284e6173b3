import React from 'react';

// Partner directory: each partner supplies its own website and booking links.

export function PartnerCard({ partner }) {
  return (
    <div className="partner-card">
      <h3>{partner.name}</h3>
      {/* Partner-supplied URL opened in a new tab. */}
      {renderWebsite(partner)}
      <a href={`/partners/${partner.id}`}>Details</a>
    </div>
  );
}

function renderWebsite(partner) {
  // expect: open-redirect
  return <a href={partner.websiteUrl} target="_blank">Website</a>;
}

export function BookingLink({ partner }) {
  // expect: open-redirect
  return <a className="btn" href={partner.bookingUrl} target="_blank" rel="nofollow">Book now</a>;
}

export function DocsLink() {
  return <a href="https://docs.example.com/partners" target="_blank" rel="noopener noreferrer">Partner docs</a>;
}

export function ReviewLink({ review }) {
  // expect: open-redirect
  return React.createElement('a', { href: review.sourceUrl, target: '_blank' }, 'Read the review');
}

export function SafeExternal({ href, children }) {
  return React.createElement('a', { href, target: '_blank', rel: 'noopener noreferrer' }, children);
}

export function InternalNav() {
  return (
    <nav>
      <a href="/partners">All partners</a>
      <a href="/partners/apply">Become a partner</a>
    </nav>
  );
}
