import React from 'react';
import styled from 'styled-components';
import { useSearchParams } from 'react-router-dom';
import { fetchProfileTheme } from './api';

// Profiles let users pick their own colours and a banner image URL.
const PALETTE = { ocean: '#0b6e99', forest: '#2f6b3a', sunset: '#d9480f' };

const brandColor = new URLSearchParams(window.location.search).get('brand');
// expect: xss
const Header = styled.header`
  border-bottom: 4px solid ${brandColor};
`;

const userTheme = fetchProfileTheme();
// expect: xss
const Banner = styled.div`background-image: url(${userTheme.bannerUrl}); height: 180px;`;

export function makeAccentBox(accent) {
  // expect: xss
  return styled.section`color: ${accent}; border: 1px solid ${accent};`;
}

export function makeCard({ background }) {
  // expect: xss
  return styled.article`background: ${background};`;
}

export function makeQuote(profile) {
  const css = profile.customCss + ';';
  // expect: xss
  return styled.blockquote`${css}`;
}

// Safe look-alikes: a value picked from a fixed palette, constant values, and a
// colour checked against a strict pattern first.
const paletteChoice = () => PALETTE[localStorage.getItem('palette')] || PALETTE.ocean;
const Footer = styled.footer`
  background: ${PALETTE.forest};
  padding: 12px;
`;

export function makeSwatch(hex) {
  const safe = /^#[0-9a-f]{6}$/i.test(hex) ? hex : '#000000';
  return styled.span`background: ${safe}; width: 16px; height: 16px;`;
}

const Accent = makeAccentBox(paletteChoice());

export default function ThemedProfile({ profile }) {
  const [params] = useSearchParams();
  const Card = React.useMemo(() => makeCard({ background: PALETTE[params.get('p')] || '#fff' }), [params]);
  return (
    <Card>
      <Header>{profile.displayName}</Header>
      <Banner />
      <Accent>{profile.bio}</Accent>
      <Footer>Joined {profile.joined}</Footer>
    </Card>
  );
}
