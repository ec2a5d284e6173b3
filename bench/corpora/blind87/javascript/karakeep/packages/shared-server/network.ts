import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

export async function validateUrl(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error("Unsupported protocol");
  }
  const { address } = await lookup(url.hostname);
  if (ipaddr.parse(address).range() !== "unicast") {
    throw new Error("Refusing to crawl a non-public address");
  }
  return url;
}
