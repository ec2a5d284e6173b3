import React, { useMemo, useState } from 'react';
import styled from 'styled-components';

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  gap: 16px;
`;

const Card = styled.article`
  border: 1px solid #e3e3e3;
  border-radius: 8px;
  padding: 12px;
`;

const Price = styled.span`
  font-weight: 600;
  color: ${(props) => (props.onSale ? '#c0392b' : '#222')};
`;

function Badge({ label }) {
  // expect: unreachable
  const Pill = styled.span`background: #ffeaa7; border-radius: 999px; padding: 2px 8px;`;
  return <Pill>{label}</Pill>;
}

export default function ProductGrid({ products, onSelect }) {
  const [highlighted, setHighlighted] = useState(null);
  // expect: unreachable
  const Highlight = styled(Card)`outline: 2px solid #0984e3;`;
  const sorted = useMemo(() => [...products].sort((a, b) => a.price - b.price), [products]);

  return (
    <Grid>
      {sorted.map((p) => {
        const Wrapper = p.id === highlighted ? Highlight : Card;
        return (
          <Wrapper key={p.id} onMouseEnter={() => setHighlighted(p.id)} onClick={() => onSelect(p)}>
            <h4>{p.name}</h4>
            <Price onSale={p.onSale}>{p.priceLabel}</Price>
            {p.tag && <Badge label={p.tag} />}
          </Wrapper>
        );
      })}
    </Grid>
  );
}

export class LegacyProductRow extends React.Component {
  render() {
    // expect: unreachable
    const Row = styled.div`display: flex; justify-content: space-between;`;
    return <Row><span>{this.props.name}</span><Price>{this.props.priceLabel}</Price></Row>;
  }
}
