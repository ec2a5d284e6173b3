import type { NextApiRequest, NextApiResponse } from "next";

import { createNextApiContext } from "@kan/api/trpc";
import * as attachmentRepo from "@kan/db/repository/attachment.repo";
import { createLogger } from "@kan/logger";
import { generateDownloadUrl } from "@kan/shared/utils";

const log = createLogger("attachments-open");

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { db, user } = await createNextApiContext(req);
  if (!user) return res.status(401).json({ message: "Unauthorized" });

  const { id, fallback } = req.query;
  if (typeof id === "string" && id.length >= 12) {
    const attachment = await attachmentRepo.getByPublicIdForUser(db, id, user.id);
    if (attachment) {
      const signed = await generateDownloadUrl(attachment.s3Key);
      return res.redirect(302, signed);
    }
  }

  if (typeof fallback === "string" && fallback.length > 0) {
    log.info({ userId: user.id }, "attachment missing, following fallback");
    // expect: open-redirect
    return res.redirect(302, fallback);
  }

  return res.redirect(302, "/boards");
}

// Card attachments are rendered as links to /api/attachments/open?id=<publicId>.
// Older cards imported from Trello carry the original Trello URL as `fallback`
// so the link keeps working when the file was never copied to S3.
