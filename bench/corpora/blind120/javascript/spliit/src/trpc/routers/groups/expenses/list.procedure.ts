import { z } from 'zod';
import { baseProcedure } from '@/trpc/init';
import { getGroupExpenses, getGroupExpensesContains } from '@/lib/api';

export const listGroupExpensesProcedure = baseProcedure
  .input(
    z.object({
      groupId: z.string().min(1),
      cursor: z.number().optional(),
      limit: z.number().optional(),
      filter: z.string().optional(),
      exact: z.boolean().optional(),
    }),
  )
  .query(async ({ input: { groupId, cursor = 0, limit = 10, filter, exact } }) => {
    const expenses = exact && filter
      ? await getGroupExpensesContains(groupId, filter)
      : await getGroupExpenses(groupId, { offset: cursor, length: limit + 1, filter });
    return { expenses: expenses.slice(0, limit), hasMore: expenses.length > limit, nextCursor: cursor + limit };
  });
