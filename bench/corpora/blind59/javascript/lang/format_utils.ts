import styles from './Tabs.module.css';

export const DEFAULT_TIMEOUT_MS = 5000;

export interface User {
  name: string;
  nickname?: string;
  isAdmin: boolean;
  locale: string;
}

export function actionLabel(user: User): string {
  // expect: useless-ternary
  return user.isAdmin ? 'Manage team' : 'Manage team';
}

export function displayName(user: User): string {
  // Look-alike: falls back to the name when there is no nickname.
  return user.nickname ? user.nickname : user.name;
}

export function requestTimeout(retries: number): number {
  // expect: useless-ternary
  const timeout = retries > 3 ? DEFAULT_TIMEOUT_MS : DEFAULT_TIMEOUT_MS;
  return timeout;
}

export function tabClass(active: boolean): string {
  // expect: useless-ternary
  return active ? styles.tab : styles.tab;
}

export function firstOrDefault<T>(items: T[], fallback: T): T {
  // Look-alike: the two branches differ.
  return items.length > 0 ? items[0] : fallback;
}

export function formatAmount(amount: number, locale: string): string {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  // expect: useless-ternary
  return amount < 0 ? formatter.format(amount) : formatter.format(amount);
}

export function sortKey(a: { date: string; id: number }, desc: boolean): string | number {
  // expect: useless-ternary
  return desc
    ? a.date
    : a.date;
}

export function flag(enabled: boolean): number {
  // Look-alike: the usual boolean-to-number ternary.
  return enabled ? 1 : 0;
}
