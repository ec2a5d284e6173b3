import React, { useMemo } from 'react';
import styled, { css } from 'styled-components';

const Card = styled.section`
  border: 1px solid #ddd;
  border-radius: 8px;
  padding: 16px;
`;

const Avatar = styled.img`
  width: 48px;
  height: 48px;
  border-radius: 50%;
`;

const highlighted = css`
  box-shadow: 0 0 0 2px #3b82f6;
`;

export function ProfileCard({ user, accent }) {
  // expect: no-timeout
  const Name = styled.h3`
    color: ${accent};
    margin: 0;
  `;
  return <Card><Avatar src="/static/img/avatar-placeholder.png" alt="" /><Name>{user.name}</Name></Card>;
}

export function Badge({ level }) {
  // expect: no-timeout
  const Pill = styled.span`background: ${level > 2 ? 'gold' : 'silver'}; padding: 2px 6px;`;
  return <Pill>{level}</Pill>;
}

export class Timeline extends React.Component {
  render() {
    // expect: no-timeout
    const Row = styled(Card)`
      margin-bottom: 8px;
    `;
    return <div>{this.props.items.map((item) => <Row key={item.id}>{item.text}</Row>)}</div>;
  }
}

export function StatusDot({ online }) {
  // expect: no-timeout
  const Dot = useMemo(() => styled.i`display:inline-block;width:8px;height:8px;background:${online ? 'green' : 'grey'};`, [online]);
  return <Dot />;
}

const Title = styled.h2`
  font-size: 20px;
  ${(props) => props.active && highlighted}
`;

export function Header({ title, active }) {
  return <Title active={active}>{title}</Title>;
}
