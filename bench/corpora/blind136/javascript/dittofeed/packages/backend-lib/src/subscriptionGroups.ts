import { createHmac, timingSafeEqual } from "crypto";
import prisma from "./prisma";

export function verifySubscriptionHash({ workspaceId, identifier, hash }: { workspaceId: string; identifier: string; hash: string }) {
  const expected = createHmac("sha256", process.env.SECRET_KEY ?? "").update(`${workspaceId}:${identifier}`).digest("hex");
  return typeof hash === "string" && hash.length === expected.length && timingSafeEqual(Buffer.from(hash), Buffer.from(expected));
}

export async function updateUserSubscription({ workspaceId, identifier, subscriptionGroupId, subscribed }: { workspaceId: string; identifier: string; subscriptionGroupId?: string; subscribed: boolean }) {
  await prisma.userSubscription.updateMany({
    where: { workspaceId: String(workspaceId), identifier: String(identifier), ...(subscriptionGroupId ? { subscriptionGroupId: String(subscriptionGroupId) } : {}) },
    data: { subscribed },
  });
}
