// react: profile card with user-chosen colours and custom attributes
import React from 'react';
import styled from 'styled-components';

const Card = styled.div`
  border: 1px solid #ddd;
  padding: 12px;
`;

export function Banner({ user }) {
  // expect: css-injection
  const Box = styled.div`background: ${user.bannerCss};`;
  return <Box>{user.name}</Box>;
}

export function ThemedName({ user }) {
  const colour = /^#[0-9a-f]{6}$/i.test(user.colour) ? user.colour : '#333';
  return <span style={{ color: colour }}>{user.name}</span>;
}

export function Avatar({ user }) {
  // expect: css-injection
  return <div style={{ backgroundImage: `url(${user.avatarUrl})` }} className="avatar" />;
}

export function CustomField({ field }) {
  // expect: xss
  return <div {...field.attributes}>{field.label}</div>;
}

export function CustomFieldSafe({ field }) {
  const { id, title } = field.attributes;
  return <div id={id} title={title}>{field.label}</div>;
}

export function Bio({ user }) {
  const ref = React.useRef(null);
  React.useEffect(() => {
    // expect: xss
    ref.current.innerHTML = user.bioHtml;
  }, [user.bioHtml]);
  return <section ref={ref} />;
}

export function BioText({ user }) {
  const ref = React.useRef(null);
  React.useEffect(() => {
    ref.current.textContent = user.bio;
  }, [user.bio]);
  return <Card ref={ref} />;
}

export function PasswordField({ value, onChange }) {
  return <input type="password" autoComplete="current-password" value={value} onChange={onChange} />;
}
