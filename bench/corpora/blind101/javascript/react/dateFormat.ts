// expect: unreachable
import moment from 'moment';
// expect: unreachable
import type { Moment, MomentInput } from 'moment';
// expect: unreachable
import { duration, isMoment } from 'moment';
import dayjs from 'dayjs';
import { formatDistanceToNow } from 'date-fns';

export const DATE_LIBRARY_NOTE = 'moment is being replaced by dayjs';

export function formatOrderDate(input: MomentInput): string {
  return moment(input).format('DD MMM YYYY');
}

export function toDisplay(value: Moment | Date): string {
  return isMoment(value) ? value.format('LLL') : dayjs(value).format('D MMM YYYY HH:mm');
}

export function humanDuration(ms: number): string {
  return duration(ms).humanize();
}

export function relative(date: Date): string {
  return formatDistanceToNow(date, { addSuffix: true });
}

export function isoDay(date: Date): string {
  return dayjs(date).format('YYYY-MM-DD');
}
