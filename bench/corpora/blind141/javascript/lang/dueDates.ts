// expect: unreachable
import moment from 'moment';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { formatISO, addDays } from 'date-fns';

dayjs.extend(relativeTime);

export function dueLabel(due: string): string {
  return moment(due).fromNow();
}

export function nextReminder(from: Date): string {
  return formatISO(addDays(from, 3));
}

export function ageOf(created: string): string {
  return dayjs(created).fromNow();
}

export function isOverdue(due: string, now: Date = new Date()): boolean {
  return new Date(due).getTime() < now.getTime();
}
