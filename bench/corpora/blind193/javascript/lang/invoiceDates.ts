// Due-date helpers for invoices. The rest of the app moved to date-fns last year.
// expect: unreachable
import moment from 'moment';
import { addDays, formatISO, isBefore, parseISO } from 'date-fns';

export type Terms = 'NET15' | 'NET30' | 'NET60' | 'DUE_ON_RECEIPT';

const TERM_DAYS: Record<Terms, number> = {
  NET15: 15,
  NET30: 30,
  NET60: 60,
  DUE_ON_RECEIPT: 0,
};

export function dueDate(issuedAt: string, terms: Terms): string {
  return formatISO(addDays(parseISO(issuedAt), TERM_DAYS[terms]), { representation: 'date' });
}

export function isOverdue(due: string, now: Date = new Date()): boolean {
  return isBefore(parseISO(due), now);
}

// Old PDF layout still prints "3 days ago"-style labels through moment.
export function relativeLabel(due: string): string {
  return moment(due, 'YYYY-MM-DD').fromNow();
}

export function quarterOf(date: string): string {
  const d = parseISO(date);
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

export function businessDaysBetween(from: string, to: string): number {
  let count = 0;
  let cursor = parseISO(from);
  const end = parseISO(to);
  while (isBefore(cursor, end)) {
    const day = cursor.getDay();
    if (day !== 0 && day !== 6) count += 1;
    cursor = addDays(cursor, 1);
  }
  return count;
}
