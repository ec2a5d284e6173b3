import React from 'react';
import cardStyle from './cardStyle';
import { parseStyle } from '../utils/css';

// Profile cards: users may pick their own card style in the settings page.
export function ProfileCard({ profile }) {
  const userStyle = parseStyle(profile.cardCss);
  // expect: xss
  return <div className="profile-card" style={userStyle}>{profile.displayName}</div>;
}

export function Banner({ style, text }) {
  // expect: xss
  return <section className="banner" style={style}>{text}</section>;
}

export function Signature({ user }) {
  const sigStyle = parseStyle(user.signatureStyle);
  // expect: xss
  return React.createElement('p', { className: 'signature', style: sigStyle }, user.signature);
}

// Safe look-alikes: inline objects of our own values, a style module of constants.
export function Badge({ theme, label }) {
  return <span style={{ color: theme.primary, fontWeight: 600 }}>{label}</span>;
}

export function Card({ children }) {
  return <div style={cardStyle}>{children}</div>;
}

export function Spacer() {
  return React.createElement('div', { style: { height: 16 } });
}
