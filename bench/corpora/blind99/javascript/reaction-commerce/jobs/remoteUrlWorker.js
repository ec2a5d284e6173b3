import fetch from "node-fetch";
import { isAllowedMediaHost } from "../util/mediaHosts.js";

export async function remoteUrlWorker(context, data) {
  const { mediaId, remoteUrl } = data;
  const { collections: { Media } } = context;
  // expect: ssrf
  const response = await fetch(remoteUrl, { timeout: 30000 });
  if (!response.ok) throw new Error(`Failed to fetch ${mediaId}: ${response.status}`);
  const buffer = await response.buffer();
  await Media.updateOne({ _id: mediaId }, { $set: { "original.size": buffer.length, "original.type": response.headers.get("content-type") } });
  await context.mutations.storeMediaBuffer(context, { mediaId, buffer });
}

export async function thumbnailWorker(context, data) {
  const url = new URL(data.thumbnailUrl);
  if (!isAllowedMediaHost(url.hostname)) throw new Error("media host not allowed");
  const response = await fetch(url.toString(), { timeout: 30000 });
  return response.buffer();
}
