import axios from "axios";
import { assertSlackWebhookUrl, getWebhookPayload, triggerWebhookRequest } from "./webhook-fns";
import { BadRequestError } from "@app/lib/errors";

type TTestWebhookDTO = {
  workspaceId: string;
  webhookUrl: string;
  webhookSecretKey?: string;
  type: "general" | "slack";
  actorId: string;
  actorOrgId: string;
};

export const webhookServiceFactory = () => {
  const testWebhook = async ({ workspaceId, webhookUrl, webhookSecretKey, type }: TTestWebhookDTO) => {
    const payload = getWebhookPayload("test", { workspaceId, environment: "dev" });
    try {
      if (type === "slack") {
        const slackUrl = assertSlackWebhookUrl(webhookUrl);
        await axios.post(slackUrl, { text: "Infisical webhook test" }, { timeout: 5000 });
        return { status: "ok" };
      }
      await triggerWebhookRequest(webhookUrl, payload, webhookSecretKey);
      return { status: "ok" };
    } catch (err) {
      throw new BadRequestError({ message: `Webhook test failed: ${(err as Error).message}` });
    }
  };

  return { testWebhook };
};
