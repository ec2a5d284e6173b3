import React from 'react';
import PropTypes from 'prop-types';

// Footer and sidebar links to partner sites, docs and the status page.
const PARTNER_LINK_PROPS = { target: '_blank', className: 'partner-link' };

function PartnerItem({ partner }) {
  // expect: reverse-tabnabbing
  return <li><a href={partner.url} target="_blank">{partner.name}</a></li>;
}

export function PartnerList({ partners }) {
  return (
    <ul className="partners">
      {partners.map((p) => <PartnerItem key={p.id} partner={p} />)}
    </ul>
  );
}

export function DocsLink({ path, label }) {
  // expect: reverse-tabnabbing
  return <a href={`https://docs.example.com${path}`} target="_blank" rel="nofollow">{label}</a>;
}

export function SponsorBanner({ sponsor }) {
  // expect: reverse-tabnabbing
  return React.createElement('a', { target: '_blank', href: sponsor.url }, sponsor.name);
}

export function PartnerButton({ partner }) {
  const props = PARTNER_LINK_PROPS;
  // expect: reverse-tabnabbing
  return React.createElement('a', Object.assign({ href: partner.url }, props), partner.name);
}

export function StatusLink() {
  return (
    <a href="https://status.example.com" target="_blank" rel="noopener noreferrer">
      System status
    </a>
  );
}

export function ChangelogLink({ version }) {
  return React.createElement(
    'a',
    { href: `/changelog#${version}`, target: '_blank', rel: 'noopener' },
    `What's new in ${version}`,
  );
}

export function HelpLink() {
  return <a href="/help">Help centre</a>;
}

PartnerList.propTypes = { partners: PropTypes.array.isRequired };
DocsLink.propTypes = { path: PropTypes.string, label: PropTypes.node };
