// react (TSX): a profile page (dangerouslySetInnerHTML, href from user data, refs)
import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

interface Profile {
  name: string;
  bioHtml: string;
  website: string;
  statusHtml: string;
  theme: string;
}

export function ProfileCard({ profile }: { profile: Profile }) {
  const statusRef = useRef<HTMLDivElement>(null);
  const bioRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (statusRef.current) {
      // expect: xss
      statusRef.current.innerHTML = profile.statusHtml;
    }
    if (bioRef.current) {
      bioRef.current.innerHTML = DOMPurify.sanitize(profile.bioHtml, { USE_PROFILES: { html: true } });
    }
  }, [profile]);

  return (
    <div className={`card theme-${profile.theme}`}>
      <h2>{profile.name}</h2>
      <div ref={bioRef} />
      <div ref={statusRef} />
      <Website url={profile.website} />
    </div>
  );
}

function Website({ url }: { url: string }) {
  // expect: xss
  return <a href={url} target="_blank" rel="noreferrer">Website</a>;
}

export function SafeWebsite({ url }: { url: string }) {
  let href = '#';
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' || u.protocol === 'http:') href = u.toString();
  } catch {
    href = '#';
  }
  return <a href={href} target="_blank" rel="noreferrer">Website</a>;
}

export function Bio({ profile }: { profile: Profile }) {
  // expect: xss
  return <div className="bio" dangerouslySetInnerHTML={{ __html: profile.bioHtml }} />;
}

export function SafeBio({ profile }: { profile: Profile }) {
  return <div className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(profile.bioHtml) }} />;
}

const ICON = '<svg viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg>';

export function Badge({ label }: { label: string }) {
  return (
    <span className="badge">
      <i dangerouslySetInnerHTML={{ __html: ICON }} />
      {label}
    </span>
  );
}

export function SearchHeader() {
  const q = new URLSearchParams(window.location.search).get('q') ?? '';
  // expect: xss
  return <h1 dangerouslySetInnerHTML={{ __html: `Results for <em>${q}</em>` }} />;
}

export function SafeSearchHeader() {
  const q = new URLSearchParams(window.location.search).get('q') ?? '';
  return <h1>Results for <em>{q}</em></h1>;
}
