import { z } from 'zod';

export const getRecordsRoSchema = z.object({
  take: z.coerce.number().int().min(1).max(1000).default(100),
  skip: z.coerce.number().int().min(0).default(0),
  filterByTql: z.string().optional(),
  search: z.string().optional(),
  orderBy: z.string().optional(),
  direction: z.enum(['asc', 'desc']).default('asc'),
});

export type IGetRecordsRo = z.infer<typeof getRecordsRoSchema>;
