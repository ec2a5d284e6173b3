import React from 'react';
import { useQuery } from 'react-query';
import { fetchProfile } from '../api/profiles';

// Profile owners can set a "card style" object in their public profile settings.
export function ProfileCard({ profileId }) {
  const { data: profile } = useQuery(['profile', profileId], () => fetchProfile(profileId));
  if (!profile) return null;
  const cardStyle = profile.cardStyle;
  // expect: xss
  return <div className="card" style={cardStyle} />;
}

export function Banner({ bannerStyle, text }) {
  // bannerStyle arrives from the campaign JSON edited by partners
  // expect: xss
  const box = <div style={bannerStyle} />;
  return (
    <section className="banner">
      {box}
      <p>{text}</p>
    </section>
  );
}

export function Badge(props) {
  const style = JSON.parse(new URLSearchParams(window.location.search).get('badge') || '{}');
  // expect: xss
  return React.createElement('span', { style: style, className: 'badge' }, props.label);
}

export function Avatar({ url, size }) {
  return <img src={url} alt="" style={{ width: size, height: size, borderRadius: '50%' }} />;
}

export function Progress({ percent }) {
  const width = Math.max(0, Math.min(100, Number(percent) || 0));
  return React.createElement('div', { style: { width: `${width}%` }, className: 'progress' });
}

export function Swatch({ color }) {
  const safe = /^#[0-9a-f]{6}$/i.test(color) ? color : '#cccccc';
  return <span className="swatch" style={{ backgroundColor: safe }} />;
}
