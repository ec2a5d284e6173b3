// expect: unreachable
import moment from 'moment';
// expect: unreachable
import * as momentNs from 'moment';
// expect: unreachable
import { duration as momentDuration } from 'moment';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { format, parseISO } from 'date-fns';

dayjs.extend(relativeTime);

// expect: unreachable
const momentCjs = require('moment');

export function formatDate(date: Date | string): string {
  return moment(date).format('YYYY-MM-DD');
}

export function startOfWeek(date: Date): momentNs.Moment {
  return momentNs(date).startOf('isoWeek');
}

export function elapsed(ms: number): string {
  return momentDuration(ms).humanize();
}

export function parseLegacy(value: string): number {
  return momentCjs(value, 'DD/MM/YYYY').valueOf();
}

export function fromNow(date: Date): string {
  return dayjs(date).fromNow();
}

export function isoDay(value: string): string {
  return format(parseISO(value), 'yyyy-MM-dd');
}

export const MIGRATION_NOTE = 'moment is kept only for the report exports until they move to dayjs';
