import React from 'react';
import styled from 'styled-components';

function readParam(name) {
  return new URLSearchParams(window.location.search).get(name);
}

const accent = readParam('accent');
// expect: xss
const Title = styled.h1`
  color: ${accent};
`;

function makeCard(userCss) {
  // expect: xss
  return styled.section`
    border: 1px solid #ddd;
    ${userCss}
  `;
}

function Badge({ background }) {
  // expect: xss
  const Wrapper = styled.span`background: url(${background}) no-repeat;`;
  return <Wrapper />;
}

function ProfileHeader({ profile }) {
  const cover = profile.coverImage;
  // expect: xss
  const Cover = styled.div`background-image: url(${cover});`;
  return <Cover>{profile.name}</Cover>;
}

const Button = styled.button`
  color: ${(props) => props.theme.primary};
  padding: ${(props) => (props.small ? '4px' : '8px 16px')};
`;

const BRAND_BLUE = '#1f5fbf';
const Link = styled.a`
  color: ${BRAND_BLUE};
`;

export function Page({ profile }) {
  const Card = makeCard(profile.customCss);
  return (
    <Card>
      <Title>{profile.name}</Title>
      <ProfileHeader profile={profile} />
      <Badge background={profile.badgeUrl} />
      <Button small>Follow</Button>
      <Link href="/help">Help</Link>
    </Card>
  );
}
