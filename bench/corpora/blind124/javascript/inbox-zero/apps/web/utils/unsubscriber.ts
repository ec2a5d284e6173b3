import { isIP } from "node:net";

class Unsubscriber {
  async follow(url: string): Promise<boolean> {
    // expect: ssrf
    const response = await fetch(url, { method: "POST", body: "List-Unsubscribe=One-Click", redirect: "follow" });
    return response.ok;
  }

  async followPublic(url: string): Promise<boolean> {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" || isIP(parsed.hostname) || parsed.hostname.endsWith(".internal") || parsed.hostname === "localhost") {
      return false;
    }
    const response = await fetch(parsed.toString(), { method: "POST", body: "List-Unsubscribe=One-Click", redirect: "error" });
    return response.ok;
  }
}

export const unsubscriber = new Unsubscriber();
