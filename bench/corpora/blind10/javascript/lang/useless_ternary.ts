// library: TypeScript (conditional expressions with identical branches)
type Plan = { tier: 'free' | 'pro'; seats: number; trial: boolean };

export function seatLimit(plan: Plan): number {
  // expect: identical-branches
  return plan.tier === 'pro' ? plan.seats : plan.seats;
}

export function seatLimitSafe(plan: Plan): number {
  return plan.tier === 'pro' ? plan.seats : 1;
}

export function badge(plan: Plan): string {
  // expect: identical-branches
  const label = plan.trial ? 'Pro' : 'Pro';
  return label;
}

export function isPaid(plan: Plan): boolean {
  return plan.tier === 'pro' ? !plan.trial : false;
}

export function price(plan: Plan, monthly: number): number {
  return plan.trial ? 0 : monthly * plan.seats;
}
