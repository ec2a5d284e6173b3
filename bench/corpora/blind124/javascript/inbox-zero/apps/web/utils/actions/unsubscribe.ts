"use server";

import { z } from "zod";
import { actionClient } from "@/utils/actions/safe-action";
import { unsubscriber } from "@/utils/unsubscriber";

const unsubscribeBody = z.object({
  unsubscribeUrl: z.string().url(),
  checked: z.boolean().optional(),
});

export const unsubscribeAction = actionClient
  .metadata({ name: "unsubscribe" })
  .schema(unsubscribeBody)
  .action(async ({ ctx: { userId }, parsedInput: { unsubscribeUrl, checked } }) => {
    const ok = checked
      ? await unsubscriber.followPublic(unsubscribeUrl)
      : await unsubscriber.follow(unsubscribeUrl);
    return { ok, userId };
  });
