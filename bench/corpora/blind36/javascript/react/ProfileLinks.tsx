import React from 'react';
import { Link, useSearchParams } from 'react-router-dom';

interface Profile {
  id: string;
  website: string;
  links: { label: string; url: string }[];
}

function safeUrl(raw: string): string {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '#';
  } catch {
    return '#';
  }
}

export function Website({ profile }: { profile: Profile }) {
  return (
    // expect: xss
    <a href={profile.website} rel="noopener noreferrer" target="_blank">
      Website
    </a>
  );
}

export function ExtraLinks({ profile }: { profile: Profile }) {
  return (
    <ul>
      {profile.links.map((link) => {
        // expect: xss
        const linkProps = { href: link.url, target: '_blank', rel: 'noopener noreferrer' };
        return <li key={link.label}><a {...linkProps}>{link.label}</a></li>;
      })}
    </ul>
  );
}

export function BackLink() {
  const [params] = useSearchParams();
  // expect: xss
  return React.createElement('a', { href: params.get('return') || '/' }, 'Back');
}

export function ContinueLink() {
  const [params] = useSearchParams();
  // expect: xss
  return <Link to={params.get('next') ?? '/home'}>Continue</Link>;
}

export function SafeWebsite({ profile }: { profile: Profile }) {
  return <a href={safeUrl(profile.website)}>Website</a>;
}

export function ProfileLink({ profile }: { profile: Profile }) {
  return <Link to={`/users/${encodeURIComponent(profile.id)}`}>Profile</Link>;
}
