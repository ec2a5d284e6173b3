import React, { useMemo } from 'react';
import styled, { keyframes } from 'styled-components';
import { useSearchParams } from 'react-router-dom';

const fadeIn = keyframes`
  from { opacity: 0; }
  to { opacity: 1; }
`;

const Card = styled.section`
  border-radius: 12px;
  padding: 24px;
  background: ${(props) => props.theme.surface};
  animation: ${fadeIn} 200ms ease-in;
`;

const ACCENTS = { blue: '#2563eb', green: '#16a34a', rose: '#e11d48' };

function Cover({ coverUrl, children }) {
  // expect: xss
  const Banner = styled.div`height: 180px; background-image: url(${coverUrl}); background-size: cover;`;
  return <Banner>{children}</Banner>;
}

function NameTag({ profile }) {
  const nameColor = profile.customColor;
  // expect: xss
  const Name = styled.h2`color: ${nameColor}; margin: 0;`;
  return <Name>{profile.displayName}</Name>;
}

export default function ProfileHeader({ profile }) {
  const [params] = useSearchParams();
  const highlight = params.get('highlight');
  // expect: xss
  const Highlight = useMemo(() => styled.mark`background: ${highlight};`, [highlight]);
  const accent = ACCENTS[profile.accent] || ACCENTS.blue;
  const Rule = styled.hr`border-color: ${accent};`;

  return (
    <Card>
      <Cover coverUrl={profile.coverUrl}>
        <NameTag profile={profile} />
      </Cover>
      <Rule />
      <Highlight>{profile.tagline}</Highlight>
    </Card>
  );
}

function Badge({ css }) {
  // expect: xss
  const Styled = styled.span`${css}`;
  return <Styled>beta</Styled>;
}

export { Cover, NameTag, Badge };
