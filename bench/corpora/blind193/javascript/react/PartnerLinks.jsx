import React from 'react';
import { Link } from 'react-router-dom';
import { usePartners } from '../hooks/usePartners';

// Footer strip with links to partner sites and our own help pages.
export function PartnerLinks() {
  const { partners, loading } = usePartners();
  if (loading) return null;
  return (
    <nav className="partner-links" aria-label="Partners">
      <ul>
        {partners.map((p) => (
          <li key={p.id}>
            <PartnerLink partner={p} />
          </li>
        ))}
      </ul>
      <HelpLinks />
    </nav>
  );
}

function PartnerLink({ partner }) {
  // partner sites are third-party origins listed by the partnerships team
  // expect: open-redirect
  return <a href={partner.website} target="_blank" rel="noopener">{partner.name}</a>;
}

function SponsorBadge({ sponsor }) {
  return (
    <a href={sponsor.url} target="_blank" rel="noopener noreferrer" className="sponsor">
      <img src={sponsor.logoUrl} alt={sponsor.name} />
    </a>
  );
}

function HelpLinks() {
  return (
    <ul className="help-links">
      <li>
        <a href="/help/billing" target="_blank">Billing help</a>
      </li>
      <li>
        <Link to="/status" target="_blank">Service status</Link>
      </li>
      <li>
        <a href="https://docs.example-shop.com/api" target="_blank" rel="noreferrer">API docs</a>
      </li>
    </ul>
  );
}

export function SponsorStrip({ sponsors }) {
  return (
    <div className="sponsor-strip">
      {sponsors.map((s) => (
        <SponsorBadge key={s.id} sponsor={s} />
      ))}
    </div>
  );
}
