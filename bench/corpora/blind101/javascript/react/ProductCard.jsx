import React from 'react';
import styled from 'styled-components';

const Card = styled.article`
  border: 1px solid #e5e5e5;
  border-radius: 8px;
  padding: 16px;
`;

const Price = styled.span`
  font-weight: 600;
  color: ${(props) => (props.$sale ? '#c0392b' : '#222')};
`;

const Badge = styled(Price)`
  margin-left: 8px;
`;

export function ProductCard({ product }) {
  // expect: no-timeout
  const Title = styled.h3`
    font-size: ${product.featured ? '1.4rem' : '1.1rem'};
  `;
  return (
    <Card>
      <Title>{product.name}</Title>
      <Price $sale={product.onSale}>{product.price}</Price>
    </Card>
  );
}

export function ProductGrid({ products, columns }) {
  // expect: no-timeout
  const Grid = styled.div`
    display: grid;
    grid-template-columns: repeat(${columns}, 1fr);
  `;
  return <Grid>{products.map((p) => <ProductCard key={p.id} product={p} />)}</Grid>;
}

export class CartSummary extends React.Component {
  render() {
    // expect: no-timeout
    const Total = styled(Price)`
      font-size: 1.5rem;
    `;
    return <Total>{this.props.total}</Total>;
  }
}

function SaleBadge({ percent }) {
  // expect: no-timeout
  const Highlight = styled(Badge)`
    background: ${percent > 30 ? '#ffeaa7' : 'transparent'};
  `;
  return <Highlight>-{percent}%</Highlight>;
}

export function StaticBadge({ label }) {
  return <Badge>{label}</Badge>;
}

export function PriceTag({ value, sale }) {
  return <Price $sale={sale}>{value}</Price>;
}

export { SaleBadge };
