import React from 'react';
import { Link } from 'react-router-dom';

export function DocLink({ doc }) {
  // expect: open-redirect
  return <a href={doc.url} target="_blank">{doc.title}</a>;
}

export function ShareLink({ shareUrl }) {
  // expect: open-redirect
  return <a className="share" href={shareUrl} target="_blank" rel="noopener">Open shared board</a>;
}

export function SponsorLink({ sponsor }) {
  // expect: open-redirect
  return React.createElement('a', { href: sponsor.url, target: '_blank', rel: 'sponsored' }, sponsor.name);
}

export function StatusLink() {
  return <a href="https://status.example.com" target="_blank" rel="noopener noreferrer">Status</a>;
}

export function HelpLink() {
  return <a href="/help/shortcuts" target="_blank">Keyboard shortcuts</a>;
}

export function SettingsLink() {
  return <Link to="/settings">Settings</Link>;
}

export function GithubLink({ repo }) {
  return <a href={`https://github.com/${repo}`} target="_blank" rel="noreferrer">Source</a>;
}

export default function FooterLinks({ docs, shareUrl, sponsor, repo }) {
  return (
    <footer className="footer-links">
      {docs.map((doc) => <DocLink key={doc.id} doc={doc} />)}
      <ShareLink shareUrl={shareUrl} />
      <SponsorLink sponsor={sponsor} />
      <StatusLink />
      <HelpLink />
      <SettingsLink />
      <GithubLink repo={repo} />
    </footer>
  );
}
