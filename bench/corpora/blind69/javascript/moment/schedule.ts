// expect: deprecated-library
import moment, { Moment } from 'moment';
// expect: deprecated-library
import 'moment/locale/de';
import { formatDistanceToNow } from 'date-fns';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export interface Slot {
  start: string;
  minutes: number;
}

export function slotEnd(slot: Slot): Moment {
  return moment(slot.start).add(slot.minutes, 'minutes');
}

export function label(slot: Slot, locale = 'de'): string {
  return moment(slot.start).locale(locale).format('LLLL');
}

export function overlaps(a: Slot, b: Slot): boolean {
  return moment(a.start).isBefore(slotEnd(b)) && moment(b.start).isBefore(slotEnd(a));
}

export function relative(iso: string): string {
  // Safe: date-fns.
  return formatDistanceToNow(new Date(iso), { addSuffix: true });
}

export function utcDay(iso: string): string {
  // Safe: dayjs.
  return dayjs.utc(iso).format('YYYY-MM-DD');
}

export async function loadTimezoneSupport(): Promise<void> {
  // expect: deprecated-library
  const { default: momentTz } = await import('moment-timezone');
  momentTz.tz.setDefault('Europe/Berlin');
}
