import React from 'react';
import styled from 'styled-components';
import { getQueryParam, readProfile } from '../lib/browser';

const accent = getQueryParam('accent');
// expect: xss
const Banner = styled.div`background: ${accent}; padding: 1rem;`;

const profile = readProfile();
const wallpaper = profile.wallpaperUrl;
// expect: xss
const Wallpaper = styled.section`background-image: url(${wallpaper});`;

function makeBadge(customCss) {
  // expect: xss
  return styled.span`border-radius: 4px; ${customCss}`;
}

function makeLabel({ fontFamily }) {
  // expect: xss
  return styled.label`font-family: ${fontFamily};`;
}

const Title = styled.h1`color: ${(props) => props.theme.colors.primary};`;
const Spacer = styled.div`height: 2rem;`;

export function Page({ children }) {
  const Badge = makeBadge('color: red;');
  const Label = makeLabel({ fontFamily: 'serif' });
  return <Banner><Wallpaper /><Title>{children}</Title><Spacer /><Badge /><Label /></Banner>;
}
