import React from 'react';
import logo from './logo.svg';

const CDN = 'https://cdn.example.com';

export function ProfileHeader({ profile }) {
  return (
    <header>
      <img src={logo} alt="Example" />
      {/* the avatar URL comes from the member's own profile */}
      <Avatar url={profile.avatarUrl} />
      <img src={`${CDN}/banners/${encodeURIComponent(profile.bannerId)}.png`} alt="" />
    </header>
  );
}

function Avatar({ url }) {
  // expect: ssrf
  return <img src={url} alt="avatar" width="48" />;
}

export function QuoteBlock({ quote }) {
  // expect: ssrf
  return <blockquote cite={quote.sourceUrl}>{quote.text}</blockquote>;
}

export function ExternalVideo({ video }) {
  // expect: ssrf
  return <video poster={video.posterUrl} controls><source src="/media/intro.mp4" /></video>;
}

export function StaticIcon() {
  return <img src="/static/icons/help.png" alt="help" />;
}

export function Feedback() {
  return (
    <form action="/api/feedback" method="post">
      <textarea name="message" />
      <button type="submit">Send</button>
    </form>
  );
}
