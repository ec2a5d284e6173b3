import React from 'react';

// Links in user profiles point at arbitrary sites the users typed in.
export function WebsiteLink({ profile }) {
  // expect: open-redirect
  return <a href={profile.website} target="_blank">{profile.website}</a>;
}

export function SponsorLink({ sponsor }) {
  // expect: open-redirect
  return <a className="sponsor" href={sponsor.url} target="_blank" rel="nofollow">{sponsor.name}</a>;
}

export function SourceLink({ source }) {
  // expect: open-redirect
  return React.createElement('a', { href: source.url, target: '_blank' }, source.title);
}

// Safe look-alikes: rel with noopener, same-tab links.
export function SafeWebsiteLink({ profile }) {
  return <a href={profile.website} target="_blank" rel="noopener noreferrer">{profile.website}</a>;
}

export function DocsLink({ path, label }) {
  return <a href={path} target="_self">{label}</a>;
}

export function SafeSourceLink({ source }) {
  return React.createElement('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.title);
}
