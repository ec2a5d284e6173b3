import React from 'react';

const EXTERNAL = { target: '_blank' };

export function PartnerLinks({ partners }) {
  return (
    <ul className="partners">
      {partners.map((p) => (
        <li key={p.id}>
          <PartnerLink partner={p} />
        </li>
      ))}
    </ul>
  );
}

function PartnerLink({ partner }) {
  // expect: reverse-tabnabbing
  return <a href={partner.url} target="_blank">{partner.name}</a>;
}

export function DocsLink({ href, children }) {
  // expect: reverse-tabnabbing
  return <a href={href} target="_blank" rel="nofollow">{children}</a>;
}

export function LegacyBanner({ url }) {
  // expect: reverse-tabnabbing
  return React.createElement('a', { href: url, target: '_blank' }, 'Read more');
}

export function SponsorLink({ url, label }) {
  const props = { href: url, target: '_blank', rel: 'external' };
  // expect: reverse-tabnabbing
  return React.createElement('a', props, label);
}

export function ShareButton({ shareUrl }) {
  const linkProps = { ...EXTERNAL, href: shareUrl };
  // expect: reverse-tabnabbing
  return <a {...linkProps} className="share">Share</a>;
}

// Safe: rel includes noopener (and noreferrer), or the link stays in the tab.
export function SafeExternal({ href, children }) {
  return <a href={href} target="_blank" rel="noopener noreferrer">{children}</a>;
}

export function InternalLink({ to, children }) {
  return <a href={to}>{children}</a>;
}

export function SafeCreate({ url }) {
  return React.createElement('a', { href: url, target: '_blank', rel: 'noopener' }, 'Open');
}
