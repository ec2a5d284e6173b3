import React from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchProfile } from '../api/profiles';
import { BANNER_PRESETS } from '../theme/bannerPresets';

function Avatar({ url, size }) {
  return <img className="avatar" src={url} width={size} height={size} alt="" />;
}

// Creators style their own banner in the profile editor; the editor saves the raw
// style object it built (any CSS property, any value) and every visitor renders it.
function CustomBanner({ bannerStyle, children }) {
  // expect: xss
  return <div className="profile-banner" style={bannerStyle}>{children}</div>;
}

function PresetBanner({ preset, children }) {
  const presetStyle = BANNER_PRESETS[preset] || BANNER_PRESETS.plain;
  return <div className="profile-banner" style={presetStyle}>{children}</div>;
}

function AccentTitle({ name, accent }) {
  const color = /^#[0-9a-f]{6}$/i.test(accent) ? accent : '#222222';
  return <h1 style={{ color, margin: 0 }}>{name}</h1>;
}

export default function ProfileBanner({ handle }) {
  const { data: profile, isLoading } = useQuery({
    queryKey: ['profile', handle],
    queryFn: () => fetchProfile(handle),
  });

  if (isLoading || !profile) {
    return <div className="profile-banner skeleton" />;
  }

  const content = (
    <>
      <Avatar url={profile.avatarUrl} size={96} />
      <AccentTitle name={profile.displayName} accent={profile.accentColor} />
      <p className="tagline">{profile.tagline}</p>
    </>
  );

  if (profile.bannerMode === 'custom') {
    return <CustomBanner bannerStyle={profile.bannerStyle}>{content}</CustomBanner>;
  }
  return <PresetBanner preset={profile.bannerPreset}>{content}</PresetBanner>;
}
