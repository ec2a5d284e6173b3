import React from 'react';
import styled from 'styled-components';

export function CampaignBanner({ campaign }) {
  const background = campaign.customCss;
  // expect: xss
  const Wrapper = styled.section`${background}`;
  return <Wrapper><h1>{campaign.title}</h1></Wrapper>;
}

export function ProfileCard(profile) {
  // expect: xss
  const Card = styled.div`border-color: ${profile.accentColor}; ${profile.extraStyles}`;
  return <Card>{profile.name}</Card>;
}

export function Ribbon({ settings }) {
  const custom = readUserTheme(settings);
  // expect: xss
  const Bar = styled.div`background: ${custom};`;
  return <Bar />;
}

function readUserTheme(settings) {
  return settings.theme && settings.theme.ribbon;
}

const PALETTE = { info: '#2563eb', warn: '#d97706', error: '#dc2626' };

export const Alert = styled.div`
  color: ${(props) => PALETTE[props.kind] || PALETTE.info};
  padding: 8px 12px;
`;

export const Button = styled.button`
  background: ${({ theme }) => theme.colors.primary};
  border-radius: 4px;
`;

export function Notice({ kind, children }) {
  return <Alert kind={kind}>{children}</Alert>;
}
