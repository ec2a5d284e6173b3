import React from 'react';
import styled from 'styled-components';
import { getUserThemeCss } from '../api/theme';

const PALETTE = { primary: '#0052cc', neutral: '#42526e', danger: '#de350b' };

// Theme CSS fetched for the signed-in user's workspace at start-up.
const themeCss = getUserThemeCss();
// expect: xss
const ThemedMain = styled.main`${themeCss}`;

export function Banner({ color, children }) {
  // expect: xss
  const Bar = styled.div`background: ${color}; padding: 12px;`;
  return <Bar>{children}</Bar>;
}

export function ProfileCard(props) {
  const bg = props.user.backgroundUrl;
  // expect: xss
  const Wrapper = styled.section`background-image: url(${bg}); background-size: cover;`;
  return <Wrapper>{props.user.displayName}</Wrapper>;
}

export function makeTitle(fontFamily) {
  // expect: xss
  return styled.h1`font-family: ${fontFamily}; font-weight: 600;`;
}

// Module-level components; interpolations pick from a fixed palette or use constants.
const RADIUS = '4px';

const Button = styled.button`
  border-radius: ${RADIUS};
  color: white;
  background: ${(p) => (p.$tone === 'danger' ? PALETTE.danger : PALETTE.primary)};
`;

const Chip = styled.span`
  border: 1px solid ${PALETTE.neutral};
  border-radius: ${RADIUS};
`;

export function Toolbar({ onSave, tone, labels }) {
  return (
    <ThemedMain>
      <Chip>{labels.length}</Chip>
      <Button $tone={tone} onClick={onSave}>Save</Button>
    </ThemedMain>
  );
}
