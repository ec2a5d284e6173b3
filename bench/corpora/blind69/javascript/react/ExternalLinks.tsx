import React from 'react';
import { Link } from 'react-router-dom';

type Resource = { title: string; url: string; internal?: boolean };

export function ResourceLink({ resource }: { resource: Resource }) {
  // expect: reverse-tabnabbing
  return <a href={resource.url} target="_blank">{resource.title}</a>;
}

export function SponsorLink({ href, name }: { href: string; name: string }) {
  // expect: reverse-tabnabbing
  return <a className="sponsor" href={href} target="_blank" rel="noopener">{name}</a>;
}

export function DocsLink({ label }: { label: string }) {
  // Safe: noopener and noreferrer.
  return <a href="https://docs.example.com" target="_blank" rel="noopener noreferrer">{label}</a>;
}

export function HelpLink({ label }: { label: string }) {
  // Safe: a same-site path.
  return <a href="/help/billing" target="_blank">{label}</a>;
}

export function AttachmentLink({ fileUrl, name }: { fileUrl: string; name: string }) {
  // expect: reverse-tabnabbing
  return React.createElement('a', { href: fileUrl, target: '_blank' }, name);
}

export function PartnerLink({ partnerUrl, label }: { partnerUrl: string; label: string }) {
  // expect: reverse-tabnabbing
  const linkProps = { href: partnerUrl, target: '_blank', rel: 'nofollow' };
  return React.createElement('a', linkProps, label);
}

export function ProfileLink({ website }: { website: string }) {
  // expect: reverse-tabnabbing
  return <Link to={{ pathname: website }} target="_blank" rel="external">{website}</Link>;
}

export function ChangelogLink({ label }: { label: string }) {
  // Safe: noreferrer set.
  return React.createElement('a', { href: 'https://example.com/changelog', target: '_blank', rel: 'noreferrer' }, label);
}
