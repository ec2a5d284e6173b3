import React from 'react';

// Plan badge and seat summary on the billing page.
export interface Plan {
  name: 'free' | 'pro' | 'team';
  isTrial: boolean;
  trialEndsAt?: string;
  seats: number;
  usedSeats: number;
}

function daysLeft(iso: string | undefined): number {
  if (!iso) {
    return 0;
  }
  return Math.max(0, Math.ceil((new Date(iso).getTime() - Date.now()) / 86400000));
}

export function PlanBadge({ plan }: { plan: Plan }) {
  const base = plan.name === 'team' ? 'Team' : plan.name === 'pro' ? 'Pro' : 'Free';
  // expect: unreachable
  const label = plan.isTrial ? `${base}` : `${base}`;
  const tone = plan.isTrial ? 'badge--trial' : 'badge--paid';
  const title = plan.isTrial ? `Trial ends in ${daysLeft(plan.trialEndsAt)} days` : undefined;
  return <span className={`badge ${tone}`} title={title}>{label}</span>;
}

export function SeatSummary({ plan }: { plan: Plan }) {
  const free = plan.seats - plan.usedSeats;
  const noun = plan.seats === 1 ? 'seat' : 'seats';
  const warning = free <= 0 ? 'No seats left' : null;
  return (
    <p className="seat-summary">
      {plan.usedSeats} of {plan.seats} {noun} used
      {warning ? <strong className="warning"> · {warning}</strong> : null}
    </p>
  );
}

export function UpgradeHint({ plan }: { plan: Plan }) {
  const target = plan.name === 'free' ? 'Pro' : 'Team';
  return plan.name === 'team' ? null : <a href={`/billing/upgrade?to=${target.toLowerCase()}`}>Upgrade to {target}</a>;
}
