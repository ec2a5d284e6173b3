import React from 'react';
import { Link } from 'react-router-dom';

const SOCIAL = [
  { name: 'Mastodon', href: 'https://mastodon.social/@acme' },
  { name: 'GitHub', href: 'https://github.com/acme' },
];

export function SocialLinks() {
  return (
    <ul className="social">
      {SOCIAL.map((s) => (
        <li key={s.name}>
          <a href={s.href} target="_blank" rel="noopener noreferrer">{s.name}</a>
        </li>
      ))}
    </ul>
  );
}

export function PartnerLink({ partner }) {
  // expect: open-redirect
  return <a href={partner.website} target="_blank">{partner.name}</a>;
}

export function HelpLink() {
  return <a href="/help/getting-started" target="_blank">Getting started</a>;
}

export function AttachmentLink({ file }) {
  // expect: open-redirect
  return <a href={file.externalUrl} target="_blank" rel="noopener">{file.title}</a>;
}

export function InternalNav() {
  return <Link to="/settings" target="_blank">Settings</Link>;
}

export function SponsorBanner({ sponsor }) {
  const props = { href: sponsor.url, className: 'sponsor' };
  return React.createElement('a', props, sponsor.label);
}

export function ExternalButton({ url, label }) {
  // expect: open-redirect
  return React.createElement('a', { target: '_blank', href: url, className: 'btn' }, label);
}

export function DocsLink() {
  return <a href="https://docs.acme.dev" target="_blank" rel="noreferrer">Docs</a>;
}
