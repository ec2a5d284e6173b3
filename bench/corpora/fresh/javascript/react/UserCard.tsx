import React, { useEffect, useRef, useState } from 'react';
import sanitizeHtml from 'sanitize-html';

type User = { id: string; name: string; bio: string; website: string; signature: string };

export default function UserCard({ user }: { user: User }) {
  const bioRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);

  useEffect(() => {
    if (bioRef.current) {
      // expect: xss
      bioRef.current.innerHTML = user.bio;
    }
  }, [user.bio]);

  useEffect(() => {
    document.title = `${user.name} · Profile`;
  }, [user.name]);

  const cleanSignature = sanitizeHtml(user.signature, { allowedTags: ['b', 'i', 'a'] });
  // expect: xss
  const rawSig = <footer dangerouslySetInnerHTML={{ __html: user.signature }} />;

  return (
    <div className="card">
      <h2>{user.name}</h2>
      <div ref={bioRef} />
      <footer dangerouslySetInnerHTML={{ __html: cleanSignature }} />
      {expanded && rawSig}
      <button onClick={() => setExpanded(!expanded)}>more</button>
    </div>
  );
}

export function ShareButton({ url }: { url: string }) {
  const share = () => {
    // expect: postmessage-wildcard
    window.parent.postMessage({ type: 'share', url }, '*');
  };
  return <button onClick={share}>Share</button>;
}

export function ResizeNotifier() {
  useEffect(() => {
    const h = document.body.scrollHeight;
    window.parent.postMessage({ type: 'resize', height: h }, 'https://app.example.com');
  }, []);
  return null;
}
