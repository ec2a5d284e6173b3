import React from 'react';
import styled from 'styled-components';

const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
`;

const HeaderCell = styled.th`
  text-align: left;
  padding: 12px;
  background: ${(props) => (props.featured ? '#fff4d6' : 'transparent')};
`;

const Price = styled.span`
  font-size: 1.5rem;
  font-weight: 600;
`;

function formatPrice(cents, currency) {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

export default function PricingTable({ plans, currency, highlight }) {
  // the row component is rebuilt on every render of the table
  // expect: unreachable
  const Row = styled.tr`
    border-bottom: 1px solid #eee;
    &:hover { background: #fafafa; }
  `;

  return (
    <Table>
      <thead>
        <tr>
          <HeaderCell>Plan</HeaderCell>
          {plans.map((plan) => (
            <HeaderCell key={plan.id} featured={plan.id === highlight}>
              {plan.name}
            </HeaderCell>
          ))}
        </tr>
      </thead>
      <tbody>
        <Row>
          <td>Price</td>
          {plans.map((plan) => (
            <td key={plan.id}>
              <Price>{formatPrice(plan.priceCents, currency)}</Price>
            </td>
          ))}
        </Row>
        <Row>
          <td>Seats</td>
          {plans.map((plan) => (
            <td key={plan.id}>{plan.seats}</td>
          ))}
        </Row>
      </tbody>
    </Table>
  );
}

const Badge = styled.span`
  padding: 2px 6px;
  border-radius: 4px;
`;

export function PlanBadge({ plan }) {
  return <Badge>{plan.name}</Badge>;
}
