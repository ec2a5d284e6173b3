import React from 'react';
import DOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';

export function Bio({ user }) {
  // expect: xss
  return <div className="bio" dangerouslySetInnerHTML={{ __html: user.bioHtml }} />;
}

export function BioSanitized({ user }) {
  const clean = sanitizeHtml(user.bioHtml, { allowedTags: ['b', 'i', 'em', 'strong', 'a', 'p'] });
  return <div className="bio" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function BioPurified({ user }) {
  return <div className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(user.bioHtml) }} />;
}

export function Name({ user }) {
  return <h2 className="name">{user.displayName}</h2>;
}

export function Website({ user }) {
  const safe = /^https?:\/\//i.test(user.website ?? '') ? user.website : undefined;
  return safe ? <a href={safe} rel="noopener noreferrer" target="_blank">{safe}</a> : null;
}

export function StatusBadge({ status }) {
  const icons = { online: '<i class="dot green"></i>', away: '<i class="dot yellow"></i>' };
  return <span dangerouslySetInnerHTML={{ __html: icons[status] ?? '' }} />;
}

export function Headline({ user }) {
  // expect: xss
  return <p className="headline" dangerouslySetInnerHTML={{ __html: user.headlineHtml }} />;
}

export function Avatar({ user }) {
  return <img src={`/avatars/${encodeURIComponent(user.id)}.png`} alt={user.displayName} />;
}

export function Profile({ user }) {
  return (
    <section className="profile">
      <Avatar user={user} />
      <Name user={user} />
      <StatusBadge status={user.status} />
      <BioPurified user={user} />
      <Website user={user} />
    </section>
  );
}
