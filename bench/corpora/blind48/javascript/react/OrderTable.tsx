import React, { Component } from 'react';
import styled from 'styled-components';
import { Button } from './Button';

type Order = { id: string; total: number; status: 'open' | 'shipped' | 'cancelled' };

// Module-level components: created once.
const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
`;

const Cell = styled.td<{ $align?: string }>`
  padding: 8px;
  text-align: ${(p) => p.$align || 'left'};
`;

const DangerButton = styled(Button)`
  background: #c92a2a;
`;

export function OrderRow({ order, compact }: { order: Order; compact: boolean }) {
  // expect: styled-in-render
  const Row = styled.tr`
    height: ${compact ? 28 : 44}px;
  `;
  return (
    <Row>
      <Cell>{order.id}</Cell>
      <Cell $align="right">{order.total.toFixed(2)}</Cell>
    </Row>
  );
}

export function useStatusBadge(status: Order['status']) {
  // expect: styled-in-render
  const Badge = styled.span`
    border-radius: 4px;
    padding: 2px 6px;
  `;
  return <Badge>{status}</Badge>;
}

export class OrderTable extends Component<{ orders: Order[]; onCancel: (id: string) => void }> {
  render() {
    // expect: styled-in-render
    const CancelButton = styled(DangerButton)`
      margin-left: 8px;
    `;
    return (
      <Table>
        <tbody>
          {this.props.orders.map((o) => (
            <OrderRow key={o.id} order={o} compact={false} />
          ))}
        </tbody>
        <CancelButton onClick={() => this.props.onCancel('all')}>Cancel all</CancelButton>
      </Table>
    );
  }
}

export const EmptyState = () => {
  // expect: styled-in-render
  const Wrapper = styled.div`
    text-align: center;
    color: #868e96;
  `;
  return <Wrapper>No orders yet</Wrapper>;
};

// Safe look-alike: a transient prop on a module-level component instead of a
// component per render.
const SizedRow = styled.tr<{ $compact: boolean }>`
  height: ${(p) => (p.$compact ? 28 : 44)}px;
`;

export function OrderRowFixed({ order, compact }: { order: Order; compact: boolean }) {
  return (
    <SizedRow $compact={compact}>
      <Cell>{order.id}</Cell>
    </SizedRow>
  );
}
