"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createClient } from "@midday/supabase/server";
import { actionClient } from "./safe-action";

const SAFE_PATH = /^\/(?![/\\])[\w\-/?=&.]*$/;

export const verifyOtpAction = actionClient
  .schema(z.object({ token: z.string(), email: z.string().email(), redirectTo: z.string().optional(), strict: z.boolean().default(false) }))
  .action(async ({ parsedInput: { token, email, redirectTo = "/", strict } }) => {
    const supabase = await createClient();
    await supabase.auth.verifyOtp({ email, token, type: "email" });
    if (strict) {
      redirect(SAFE_PATH.test(redirectTo) ? redirectTo : "/");
    }
    // expect: open-redirect
    redirect(redirectTo);
  });
