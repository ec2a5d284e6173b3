import { z } from 'zod';

export const UNITS = ['minute', 'hour', 'day', 'month', 'year'] as const;

export const unitParam = z.enum(UNITS);

// IANA names look like "Europe/Paris"; kept as a string, checked downstream
export const timezoneParam = z.string().max(64);

export const pagingParams = {
  page: z.coerce.number().int().positive().optional(),
  pageSize: z.coerce.number().int().positive().max(200).optional(),
};

export const filterParams = {
  url: z.string().optional(),
  referrer: z.string().optional(),
  title: z.string().optional(),
  eventName: z.string().optional(),
  country: z.string().optional(),
};

export const pageviewsSchema = z.object({
  startAt: z.coerce.number().int(),
  endAt: z.coerce.number().int(),
  unit: unitParam.default('day'),
  timezone: timezoneParam.default('UTC'),
  compare: z.string().optional(),
  ...filterParams,
});

export const eventsSchema = z.object({
  startAt: z.coerce.number().int(),
  endAt: z.coerce.number().int(),
  eventName: z.string().optional(),
  orderBy: z.string().optional(),
  ...pagingParams,
});
