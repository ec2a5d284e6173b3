import React from "react";

export function Website({ user }) {
  // expect: href-var
  return <a href={user.website}>{user.name}</a>;
}

export function ShareLink(props) {
  const target = props.url;
  return (
    <p>
      {/* expect: href-var */}
      <a href={target} rel="noopener">Open shared page</a>
    </p>
  );
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : "#";
  } catch (e) {
    return "#";
  }
}

export function CheckedWebsite({ user }) {
  return <a href={safeUrl(user.website)}>{user.name}</a>;
}

export function ProfileLink({ user }) {
  return <a href={`/users/${encodeURIComponent(user.id)}`}>{user.name}</a>;
}
