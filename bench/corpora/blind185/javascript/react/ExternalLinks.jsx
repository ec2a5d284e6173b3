import React from 'react';
import { Link } from 'react-router-dom';

const DOCS_HOST = 'https://docs.example.org';

function PartnerCard({ partner }) {
  return (
    <div className="partner">
      <h4>{partner.name}</h4>
      {/* the partner's own site, entered by the partner in self-service */}
      {partner.website && renderWebsite(partner)}
      <Link to={`/partners/${encodeURIComponent(partner.slug)}`}>Details</Link>
    </div>
  );
}

function renderWebsite(partner) {
  // expect: open-redirect
  return <a href={partner.website} target="_blank">Visit site</a>;
}

function SocialLinks({ profile }) {
  return (
    <ul className="social">
      <li>
        <a href={profile.twitterUrl} target="_blank" rel="noopener noreferrer">Twitter</a>
      </li>
      <li>{renderBlog(profile)}</li>
    </ul>
  );
}

function renderBlog(profile) {
  return React.createElement('a', { href: profile.blogUrl, target: '_blank', rel: 'noopener noreferrer' }, 'Blog');
}

function DocsLink({ page, children }) {
  return (
    <a href={`${DOCS_HOST}/${page}`} target="_blank" rel="noopener">
      {children}
    </a>
  );
}

export default function ExternalLinks({ partners, profile }) {
  return (
    <section>
      <DocsLink page="partners/overview">How partner listings work</DocsLink>
      <SocialLinks profile={profile} />
      {partners.map((p) => (
        <PartnerCard key={p.slug} partner={p} />
      ))}
      <a href="/partners/apply">Become a partner</a>
    </section>
  );
}
