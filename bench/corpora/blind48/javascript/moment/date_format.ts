// Date helpers shared by the invoices and scheduling screens.
// expect: deprecated-library
import moment, { Moment } from 'moment';
// expect: deprecated-library
import 'moment/locale/de';
// expect: deprecated-library
import momentTz from 'moment-timezone';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { DateTime } from 'luxon';
import { formatDistanceToNow } from 'date-fns';

dayjs.extend(utc);

export function invoiceDate(value: string): string {
  return moment(value).locale('de').format('LL');
}

export function inZone(value: string, zone: string): Moment {
  return momentTz.tz(value, zone);
}

// Safe look-alikes: the maintained libraries, and names that only mention moments.
export function dueDate(value: string): string {
  return dayjs.utc(value).add(30, 'day').format('YYYY-MM-DD');
}

export function meetingLabel(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toLocaleString(DateTime.DATETIME_MED);
}

export function relative(date: Date): string {
  return formatDistanceToNow(date, { addSuffix: true });
}

export type MomentOfTruth = { label: string; at: Date };

export function momentsOfTruth(events: { label: string; at: string }[]): MomentOfTruth[] {
  return events.map((e) => ({ label: e.label, at: new Date(e.at) }));
}
