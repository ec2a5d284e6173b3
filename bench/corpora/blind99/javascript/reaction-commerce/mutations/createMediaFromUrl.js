import Random from "@reactioncommerce/random";
import { MediaFromUrlInput } from "../simpleSchemas.js";

export default async function createMediaFromUrl(context, input) {
  MediaFromUrlInput.validate(input);
  const { appEvents, backgroundJobs, collections: { Media } } = context;
  const { productId, shopId, remoteUrl } = input;
  await context.validatePermissions(`reaction:legacy:products:${productId}`, "update", { shopId });

  const mediaId = Random.id();
  const name = input.fileName || remoteUrl.split("/").pop();
  await Media.insertOne({ _id: mediaId, productId, shopId, name, original: { remoteURL: remoteUrl }, uploadedAt: new Date() });
  await backgroundJobs.scheduleJob({ type: "media/fetchRemoteUrl", data: { mediaId, remoteUrl, name }, retry: { retries: 3 } });
  appEvents.emit("afterMediaInsert", { mediaId, productId });
  return { _id: mediaId, name };
}
