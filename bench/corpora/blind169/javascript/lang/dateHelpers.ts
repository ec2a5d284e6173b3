// Date helpers for the booking screens. The app moved from moment to dayjs
// in 2023 to cut the bundle; new code uses dayjs and date-fns only.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { formatDistanceToNow } from 'date-fns';
// expect: unreachable
import moment from 'moment';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface Slot {
  start: string;
  end: string;
  zone: string;
}

export function slotLabel(slot: Slot): string {
  const start = dayjs.tz(slot.start, slot.zone);
  const end = dayjs.tz(slot.end, slot.zone);
  return `${start.format('ddd D MMM, HH:mm')}–${end.format('HH:mm')}`;
}

export function isPast(slot: Slot, now: Date = new Date()): boolean {
  return dayjs(slot.end).isBefore(now);
}

export function bookedAgo(createdAt: string): string {
  return formatDistanceToNow(new Date(createdAt), { addSuffix: true });
}

export function nextBusinessDay(from: string): string {
  let day = moment(from).add(1, 'day');
  while (day.isoWeekday() > 5) {
    day = day.add(1, 'day');
  }
  return day.format('YYYY-MM-DD');
}

export function durationMinutes(slot: Slot): number {
  return dayjs(slot.end).diff(dayjs(slot.start), 'minute');
}
