import { NextResponse } from "next/server";
import { createScopedLogger } from "@/utils/logger";
import { processHistoryForUser } from "@/app/api/google/webhook/process-history";

const logger = createScopedLogger("google/webhook");

export const POST = async (request: Request) => {
  const token = new URL(request.url).searchParams.get("token");
  if (token !== process.env.GOOGLE_PUBSUB_VERIFICATION_TOKEN) {
    return NextResponse.json({ message: "Invalid verification token" }, { status: 403 });
  }
  const body = await request.json();
  const decoded = JSON.parse(Buffer.from(body.message.data, "base64").toString());
  const { emailAddress, historyId } = decoded;
  logger.info(`Processing webhook for ${emailAddress} history ${historyId}`);
  logger.infoFields("webhook fields", { emailAddress, historyId });
  logger.info("webhook accepted");
  await processHistoryForUser({ emailAddress, historyId: Number(historyId) });
  return NextResponse.json({ ok: true });
};
