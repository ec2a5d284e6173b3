"use server";

import { z } from "zod";
import { tasks } from "@trigger.dev/sdk/v3";
import { getTransactions } from "@midday/db/queries";
import { authActionClient } from "./safe-action";

export const getTransactionsAction = authActionClient
  .schema(z.object({ sort: z.tuple([z.string(), z.string()]).optional(), q: z.string().optional() }))
  .action(async ({ parsedInput: { sort = ["date", "desc"], q }, ctx: { teamId } }) => {
    return getTransactions({ teamId, sort, q: q ?? null });
  });

export const importAttachmentAction = authActionClient
  .schema(z.object({ transactionId: z.string().uuid(), url: z.string(), source: z.enum(["url", "vault"]).default("url") }))
  .action(async ({ parsedInput: { transactionId, url, source }, ctx: { teamId, user } }) => {
    console.log(`[attachments] ${user.email} importing attachment for ${transactionId}`);
    await tasks.trigger("process-attachment", { teamId, transactionId, url, source });
    return { queued: true };
  });

export const inviteTeamMemberAction = authActionClient
  .schema(z.object({ email: z.string(), role: z.enum(["owner", "member"]) }))
  .action(async ({ parsedInput: { email, role }, ctx: { teamId } }) => {
    // expect: log-injection
    console.log(`[invite] ${email} invited as ${role} to team ${teamId}`);
    return { invited: true };
  });
