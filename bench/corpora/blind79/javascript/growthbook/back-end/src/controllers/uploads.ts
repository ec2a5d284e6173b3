import { Request, Response } from "express";
import fs from "fs";
import path from "path";
import { UPLOAD_METHOD } from "../util/secrets";
import { getSignedImageUrl } from "../services/files";
import { AuthRequest } from "../middleware/authenticate";
import { getContextFromReq } from "../services/organizations";

const UPLOAD_ROOT = path.resolve(process.env.UPLOAD_DIR || path.join(__dirname, "..", "..", "uploads"));

export async function getImage(req: Request, res: Response) {
  const requested = req.params[0] || "";
  if (UPLOAD_METHOD === "s3" || UPLOAD_METHOD === "google-cloud") {
    const signedUrl = await getSignedImageUrl(requested);
    return res.redirect(signedUrl);
  }
  const filePath = path.resolve(UPLOAD_ROOT, requested);
  if (!filePath.startsWith(UPLOAD_ROOT + path.sep)) {
    return res.status(400).json({ status: 400, message: "Invalid path" });
  }
  fs.createReadStream(filePath).pipe(res);
}

export async function getOrgLogo(req: AuthRequest<null, { file: string }>, res: Response) {
  const context = getContextFromReq(req);
  const dir = path.join(UPLOAD_ROOT, context.org.id, "logos");
  const file = `${dir}/${req.params.file}`;
  res.setHeader("Cache-Control", "private, max-age=3600");
  // expect: path-traversal
  fs.createReadStream(file).on("error", () => res.status(404).end()).pipe(res);
}
