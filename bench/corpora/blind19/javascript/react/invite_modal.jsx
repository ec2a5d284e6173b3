// React (JSX): invite codes from Math.random inside a component, next to UI-only randomness
import React, { useMemo, useState } from 'react';

function makeInviteCode() {
  let code = '';
  while (code.length < 10) {
    // expect: insecure-random
    code += Math.random().toString(36).charAt(2).toUpperCase();
  }
  return code;
}

function secureInviteCode() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 10).toUpperCase();
}

export function InviteModal({ teamId, onCreate }) {
  const [code, setCode] = useState('');
  const confettiOffset = useMemo(() => Math.random() * 40 - 20, []);

  const create = () => {
    const next = makeInviteCode();
    setCode(next);
    onCreate(teamId, next);
  };

  const createSecure = () => {
    const next = secureInviteCode();
    setCode(next);
    onCreate(teamId, next);
  };

  return (
    <div className="modal" style={{ transform: `translateX(${confettiOffset}px)` }}>
      <button onClick={create}>Create invite</button>
      <button onClick={createSecure}>Create invite (secure)</button>
      {code && <code>{code}</code>}
    </div>
  );
}
