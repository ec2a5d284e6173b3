import React, { useEffect, useRef, useState } from 'react';

interface Props { userId: string }

export default function Profile({ userId }: Props) {
  const [bio, setBio] = useState('');
  const [site, setSite] = useState('');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    fetch(`/api/users/${encodeURIComponent(userId)}`)
      .then((r) => r.json())
      .then((u) => { setBio(u.bioHtml); setSite(u.website); });
  }, [userId]);

  useEffect(() => {
    if (ref.current) {
      // expect: xss
      ref.current.innerHTML = bio;
    }
  }, [bio]);

  const safeSite = site.startsWith('https://') ? site : undefined;
  return (
    <div>
      <div ref={ref} className="bio" />
      {safeSite && <a href={safeSite} target="_blank" rel="noopener noreferrer">Website</a>}
      <p>{bio.length} characters</p>
    </div>
  );
}

export function Greeting({ name }: { name: string }) {
  const el = useRef<HTMLSpanElement>(null);
  useEffect(() => { if (el.current) el.current.textContent = `Hi ${name}`; }, [name]);
  return <span ref={el} />;
}

