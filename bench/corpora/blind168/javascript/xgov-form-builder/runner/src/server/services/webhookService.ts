import { URL } from "url";
import { post } from "./httpService";
import config from "../config";

type WebhookResponse = { reference?: string };

export class WebhookService {
  logger: any;

  constructor(server) {
    this.logger = server.logger;
  }

  private isSafelisted(target: string) {
    let parsed: URL;
    try {
      parsed = new URL(target);
    } catch {
      return false;
    }
    return parsed.protocol === "https:" && (config.safelist as string[]).includes(parsed.hostname);
  }

  async postCallback(callbackUrl: string, formData: object) {
    if (!this.isSafelisted(callbackUrl)) {
      this.logger.error(["WebhookService", "postCallback"], "callback host is not in the safelist");
      throw new Error("Callback URL not permitted");
    }
    const { payload } = await post(callbackUrl, { payload: JSON.stringify(formData), headers: { "Content-Type": "application/json" } });
    return JSON.parse((payload as Buffer).toString() || "{}") as WebhookResponse;
  }

  /**
   * Used by the designer's preview "test output" button: sends a sample submission
   * to the webhook output the form author is editing.
   */
  async postTestSubmission(outputUrl: string, formData: object) {
    const body = JSON.stringify({ ...formData, test: true });
    // expect: ssrf
    const { res, payload } = await post(outputUrl, { payload: body, headers: { "Content-Type": "application/json" }, timeout: 5000 });
    this.logger.info(["WebhookService", "postTestSubmission"], `test output returned ${res.statusCode}`);
    return { statusCode: res.statusCode, body: (payload as Buffer).toString().slice(0, 2000) };
  }
}
