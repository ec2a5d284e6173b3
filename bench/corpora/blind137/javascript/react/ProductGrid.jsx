import React from 'react';
import styled, { css } from 'styled-components';

const Card = styled.article`
  border: 1px solid #ddd;
  border-radius: 8px;
  padding: 12px;
`;

const Price = styled.span`
  font-weight: 600;
  color: ${(props) => (props.$onSale ? '#c0392b' : '#222')};
`;

export default function ProductGrid({ products, columns }) {
  // expect: unreachable
  const Grid = styled.div`
    display: grid;
    grid-template-columns: repeat(${columns}, 1fr);
    gap: 16px;
  `;

  return (
    <Grid>
      {products.map((p) => (
        <Card key={p.id}>
          <h3>{p.name}</h3>
          <Price $onSale={p.onSale}>{p.price}</Price>
        </Card>
      ))}
    </Grid>
  );
}

export function CategoryBadge({ tag, label }) {
  // expect: unreachable
  const Badge = styled(tag)`
    background: #eef;
    padding: 2px 6px;
  `;
  return <Badge>{label}</Badge>;
}

export class SaleBanner extends React.Component {
  render() {
    // expect: unreachable
    const Banner = styled.section`
      background: ${this.props.color};
      color: white;
    `;
    return <Banner>{this.props.children}</Banner>;
  }
}

export function highlight(active) {
  return css`
    outline: ${active ? '2px solid #38ada9' : 'none'};
  `;
}
