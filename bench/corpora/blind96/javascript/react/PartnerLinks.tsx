import React from 'react';
import { Link } from 'react-router-dom';

interface Partner {
  name: string;
  url: string;
}

function partnerAnchor(p: Partner) {
  // expect: open-redirect
  return <a href={p.url} target="_blank">{p.name}</a>;
}

export function PartnerList({ partners }: { partners: Partner[] }) {
  return <ul className="partners">{partners.map((p) => <li key={p.name}>{partnerAnchor(p)}</li>)}</ul>;
}

export function ReviewSource({ sourceUrl }: { sourceUrl: string }) {
  // expect: open-redirect
  return <a href={sourceUrl} target="_blank" rel="external nofollow">Original review</a>;
}

export function ShareButton({ shareUrl }: { shareUrl: string }) {
  // expect: open-redirect
  return React.createElement('a', { href: shareUrl, target: '_blank', className: 'share' }, 'Share');
}

export function SupportLink({ ticketUrl }: { ticketUrl: string }) {
  const linkProps = { href: ticketUrl, target: '_blank', rel: 'nofollow' };
  // expect: open-redirect
  return React.createElement('a', linkProps, 'Open ticket');
}

// Safe look-alikes: noreferrer present, an internal path, and a router link.
export function StatusLink() {
  return <a href="https://status.example.com" target="_blank" rel="noopener noreferrer">Status</a>;
}

export function InternalReport() {
  return <a href="/reports/monthly" target="_blank">Monthly report</a>;
}

export function SettingsLink() {
  return <Link to="/settings">Settings</Link>;
}
