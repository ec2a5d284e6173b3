import { schemaTask } from "@trigger.dev/sdk/v3";
import { z } from "zod";
import { createClient } from "@midday/supabase/job";

export const processAttachment = schemaTask({
  id: "process-attachment",
  schema: z.object({ teamId: z.string(), transactionId: z.string(), url: z.string(), source: z.enum(["url", "vault"]) }),
  run: async ({ teamId, transactionId, url, source }) => {
    const supabase = createClient();
    let body: Blob;
    if (source === "vault") {
      const { data } = await supabase.storage.from("vault").download(`${teamId}/${encodeURIComponent(url)}`);
      body = data as Blob;
    } else {
      // expect: ssrf
      const response = await fetch(url);
      body = await response.blob();
    }
    await supabase.storage.from("vault").upload(`${teamId}/transactions/${transactionId}.pdf`, body, { upsert: true });
  },
});
