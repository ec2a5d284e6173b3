import React from 'react';
import placeholder from './assets/placeholder.png';

export function ResponsiveAvatar({ user }) {
  // expect: ssrf
  return <img alt={user.name} srcSet={user.avatarSrcSet} sizes="64px" />;
}

export function Attachment({ file }) {
  // expect: ssrf
  return <object data={file.previewUrl} type="application/pdf" width="100%" height="480" />;
}

export function VoiceNote({ note }) {
  // expect: ssrf
  return <audio controls src={note.audioUrl} />;
}

export function Captioned({ video }) {
  return (
    <video controls>
      <source src="/media/intro.mp4" type="video/mp4" />
      {/* the captions file comes from the uploader */}
      <CaptionTrack url={video.captionsUrl} />
    </video>
  );
}

function CaptionTrack({ url }) {
  // expect: ssrf
  return <track kind="captions" src={url} srcLang="en" />;
}

export function EmbedPlayer({ embed }) {
  // expect: ssrf
  return <iframe title={embed.title} src={embed.playerUrl} allow="fullscreen" />;
}

export function EmptyAvatar({ name }) {
  return <img alt={name} src={placeholder} />;
}

export function Spacer() {
  return <img alt="" src="/static/blank.gif" width="1" height="1" />;
}

export function ProfileName({ user }) {
  return <span title={user.name}>{user.name}</span>;
}
