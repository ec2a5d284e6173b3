import React from 'react';
import styled, { css } from 'styled-components';
import { Link } from 'react-router-dom';

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
  gap: 16px;
`;

const Card = styled.article`
  padding: 12px;
  border-radius: 6px;
  ${(p) => p.highlight && css`border: 2px solid gold;`}
`;

export function StatCard({ label, value, color }) {
  // expect: styled-in-render
  const Value = styled.span`color: ${color}; font-size: 2rem;`;
  return <Card><h4>{label}</h4><Value>{value}</Value></Card>;
}

export class Sidebar extends React.Component {
  render() {
    // expect: styled-in-render
    const Nav = styled.nav`width: ${this.props.width}px;`;
    return <Nav>{this.props.children}</Nav>;
  }
}

export function NavLinks({ links, active }) {
  // expect: styled-in-render
  const StyledLink = styled(Link)`
    font-weight: ${active ? 700 : 400};
  `;
  return links.map((l) => <StyledLink key={l.to} to={l.to}>{l.label}</StyledLink>);
}

// Safe: defined once at module level, props drive the style.
const Badge = styled.span`
  background: ${(p) => p.bg};
`;

export default function Dashboard({ stats, onRefresh }) {
  // Safe: a module-level component used with props.
  return (
    <Grid>
      {stats.map((s) => <StatCard key={s.id} label={s.label} value={s.value} color={s.color} />)}
      <Badge bg="#eee" onClick={onRefresh}>{'\u21bb'}</Badge>
    </Grid>
  );
}
