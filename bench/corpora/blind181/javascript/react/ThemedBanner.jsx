import React from 'react';
import styled from 'styled-components';

// Creator pages: a banner at the top of each creator's page, themed from the
// settings the creator saved in the studio.

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

const Wrapper = styled.section`
  display: flex;
  align-items: center;
  padding: 24px 32px;
  border-radius: 8px;
`;

const Title = styled.h1`
  font-size: 28px;
  margin: 0;
`;

function safeColour(value, fallback) {
  return HEX_COLOUR.test(value) ? value : fallback;
}

function makeAccentBar(accent) {
  // accent has been checked against HEX_COLOUR by the caller
  return styled.div`
    height: 4px;
    background: ${accent};
  `;
}

function makeCustomBackdrop(customCss) {
  // customCss is the raw "advanced styling" textarea from the studio
  // expect: xss
  return styled.div`${customCss}`;
}

export default function ThemedBanner({ creator }) {
  const accent = safeColour(creator.theme.accent, '#4b5cff');
  const AccentBar = React.useMemo(() => makeAccentBar(accent), [accent]);
  const Backdrop = React.useMemo(
    () => makeCustomBackdrop(creator.theme.advancedCss || ''),
    [creator.theme.advancedCss],
  );

  return (
    <Backdrop>
      <Wrapper>
        <Title>{creator.displayName}</Title>
      </Wrapper>
      <AccentBar />
    </Backdrop>
  );
}
