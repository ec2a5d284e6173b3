import React from 'react';
import defaultAvatar from './assets/default-avatar.png';

type Profile = {
  name: string;
  avatarUrl?: string;
  bannerVideo?: string;
  bannerPoster?: string;
  favouriteQuote?: { text: string; source: string };
  embedUrl?: string;
};

const CDN = 'https://cdn.example.com';

export function ProfileCard({ profile, contactEndpoint }: { profile: Profile; contactEndpoint: string }) {
  const avatar = profile.avatarUrl || defaultAvatar;
  // expect: http-leak
  const avatarImg = <img src={avatar} alt={profile.name} width={96} height={96} />;
  const banner = profile.bannerVideo
    // expect: http-leak
    ? <video src={profile.bannerVideo} poster={profile.bannerPoster} muted loop />
    : <img src={defaultAvatar} alt="" className="placeholder" />;
  const quote = profile.favouriteQuote && (
    // expect: http-leak
    <blockquote cite={profile.favouriteQuote.source}>{profile.favouriteQuote.text}</blockquote>
  );
  // expect: http-leak
  const contactForm = <form action={contactEndpoint} method="post"><textarea name="message" /><button type="submit">Send</button></form>;

  return (
    <section className="profile-card">
      {avatarImg}
      <img src="/static/verified.svg" alt="verified" />
      {banner}
      {quote}
      {contactForm}
      <form action="/search" method="get">
        <input name="q" />
      </form>
    </section>
  );
}

export function EmbeddedPortfolio({ profile }: { profile: Profile }) {
  if (!profile.embedUrl) return null;
  // expect: http-leak
  const frame = <iframe src={profile.embedUrl} title="portfolio" sandbox="allow-scripts" />;
  return <div className="portfolio">{frame}</div>;
}

export function Logo() {
  return <img src={`${CDN}/brand/logo.svg`} alt="Example" />;
}
