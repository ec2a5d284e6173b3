import React from "react";
import Avatar from "./Avatar";
import Button from "./Button";

export function ProfileCard(props) {
  return (
    <div className="card">
      {/* expect: props-spreading */}
      <Avatar {...props} />
      <h2>{props.name}</h2>
      <Button onClick={props.onFollow} label="Follow" />
    </div>
  );
}

export function ProfileList({ people, ...rest }) {
  return (
    <ul>
      {people.map((p) => (
        <li key={p.id}>
          {/* expect: props-spreading */}
          <ProfileCard {...p} {...rest} />
        </li>
      ))}
    </ul>
  );
}

export function CompactCard({ name, avatarUrl }) {
  return <Avatar src={avatarUrl} alt={name} size="small" />;
}
