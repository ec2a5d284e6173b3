import React from 'react';
import userTheme from './themes/user-theme';

export function ThemedCard({ style, title }) {
  // expect: xss
  return <div className="card" style={style}>{title}</div>;
}

export function Banner({ config }) {
  const bannerStyle = config.style;
  // expect: xss
  return <header style={bannerStyle}>{config.text}</header>;
}

export function Profile(props) {
  const custom = JSON.parse(props.user.customCss || '{}');
  // expect: xss
  return <section style={custom}>{props.user.name}</section>;
}

export function ImportedTheme() {
  // expect: xss
  return <main style={userTheme}>content</main>;
}

export function Badge(badgeStyle, label) {
  // expect: xss
  return React.createElement('span', { style: badgeStyle }, label);
}

// Safe look-alikes: object literals with fixed keys, and a colour checked against a pattern.
export function Swatch({ color }) {
  const safe = /^#[0-9a-f]{6}$/i.test(color) ? color : '#000000';
  return <span style={{ backgroundColor: safe, width: 16, height: 16 }} />;
}

export function Spacer({ height }) {
  return React.createElement('div', { style: { height: Number(height) || 0 } });
}
