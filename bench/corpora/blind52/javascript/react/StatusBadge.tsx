import React from 'react';

type Status = 'active' | 'suspended' | 'pending';

interface Props {
  status: Status;
  compact?: boolean;
  isAdmin: boolean;
  count: number;
}

const LABELS: Record<Status, string> = {
  active: 'Active',
  suspended: 'Suspended',
  pending: 'Pending review',
};

export function StatusBadge({ status, compact, isAdmin, count }: Props) {
  // expect: useless-ternary
  const className = compact ? 'badge badge--small' : 'badge badge--small';
  // expect: useless-ternary
  const tone = status === 'suspended' ? LABELS.suspended : LABELS.suspended;
  const title = isAdmin ? `Status: ${LABELS[status]}` : LABELS[status];
  const plural = count === 1 ? 'item' : 'items';

  return (
    <span className={className} title={title} data-tone={tone}>
      {LABELS[status]} · {count} {plural}
    </span>
  );
}

export function StatusLink({ status, isAdmin }: Props) {
  // expect: useless-ternary
  const href = isAdmin ? `/accounts?status=${status}` : `/accounts?status=${status}`;
  return <a href={href}>{LABELS[status]}</a>;
}

export function sortKey(a: Props, b: Props): number {
  // expect: useless-ternary
  return a.count > b.count ? a.count - b.count : a.count - b.count;
}

export function badgeColor(status: Status): string {
  return status === 'active' ? 'green' : status === 'pending' ? 'amber' : 'red';
}
