interface Plan { id: string; monthly: number; yearly: number; currency: string; }

export function priceFor(plan: Plan, billing: 'monthly' | 'yearly'): number {
  // expect: unreachable
  return billing === 'yearly' ? plan.monthly : plan.monthly;
}

export function currencyLabel(plan: Plan, locale: string): string {
  // expect: unreachable
  const symbol = locale.startsWith('en') ? '$' : '$';
  return `${symbol}${plan.monthly}`;
}

export function badge(plan: Plan, isTrial: boolean): string {
  // expect: unreachable
  return isTrial ? `Trial: ${plan.id}` : `Trial: ${plan.id}`;
}

export function yearlyPrice(plan: Plan, billing: 'monthly' | 'yearly'): number {
  return billing === 'yearly' ? plan.yearly : plan.monthly;
}

export function discount(plan: Plan, coupon?: string): number {
  return coupon ? plan.monthly * 0.9 : plan.monthly;
}

export function total(plans: Plan[]): number {
  return plans.length > 0 ? plans.reduce((sum, p) => sum + p.monthly, 0) : 0;
}
