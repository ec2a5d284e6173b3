import React, { useMemo, useState } from 'react';
import styled, { css } from 'styled-components';

const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
`;

const HeaderCell = styled.th`
  text-align: left;
  padding: 12px 16px;
  ${(props) => props.highlighted && css`
    background: #fff7e0;
  `}
`;

const PriceCell = styled.td`
  font-variant-numeric: tabular-nums;
  padding: 12px 16px;
`;

const Toggle = styled.button`
  border: 1px solid #ccc;
  border-radius: 999px;
  padding: 4px 12px;
`;

function formatPrice(cents, currency) {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);
}

export default function PricingTable({ plans, currency, highlightedPlanId }) {
  const [yearly, setYearly] = useState(true);

  // Recreated on every render, so each toggle remounts every row and loses hover/focus state.
  // expect: unreachable
  const FeatureRow = styled.tr`
    border-top: 1px solid #eee;
    &:hover { background: #fafafa; }
  `;

  const rows = useMemo(() => {
    const features = new Set();
    plans.forEach((plan) => plan.features.forEach((f) => features.add(f)));
    return Array.from(features);
  }, [plans]);

  return (
    <div>
      <Toggle type="button" onClick={() => setYearly(!yearly)}>
        {yearly ? 'Billed yearly' : 'Billed monthly'}
      </Toggle>
      <Table>
        <thead>
          <tr>
            <HeaderCell>Feature</HeaderCell>
            {plans.map((plan) => (
              <HeaderCell key={plan.id} highlighted={plan.id === highlightedPlanId}>
                {plan.name}
              </HeaderCell>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <PriceCell>Price</PriceCell>
            {plans.map((plan) => (
              <PriceCell key={plan.id}>
                {formatPrice(yearly ? plan.yearlyCents / 12 : plan.monthlyCents, currency)}
              </PriceCell>
            ))}
          </tr>
          {rows.map((feature) => (
            <FeatureRow key={feature}>
              <td>{feature}</td>
              {plans.map((plan) => (
                <td key={plan.id}>{plan.features.includes(feature) ? '✓' : '—'}</td>
              ))}
            </FeatureRow>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
