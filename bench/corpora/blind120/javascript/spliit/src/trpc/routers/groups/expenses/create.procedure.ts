import { z } from 'zod';
import { baseProcedure } from '@/trpc/init';
import { prisma } from '@/lib/prisma';
import { logActivity } from '@/lib/api';

export const createGroupExpenseProcedure = baseProcedure
  .input(z.object({ groupId: z.string().min(1), participantId: z.string().optional(), title: z.string().min(2), amount: z.number().int() }))
  .mutation(async ({ input }) => {
    const { groupId, participantId, title, amount } = input;
    const participant = participantId ? await prisma.participant.findUnique({ where: { id: participantId } }) : null;
    const expense = await prisma.expense.create({ data: { groupId, title, amount, paidById: participant?.id ?? '' } });
    logActivity(groupId, participant?.name ?? 'unknown', `created expense ${title}`);
    return { expenseId: expense.id };
  });
