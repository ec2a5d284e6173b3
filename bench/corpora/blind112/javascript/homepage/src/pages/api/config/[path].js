import { existsSync, readFileSync } from "fs";
import path from "path";
import { CONF_DIR } from "utils/config/service-helpers";

const ALLOWED = { "custom.css": "text/css", "custom.js": "text/javascript" };

export default function handler(req, res) {
  const { path: relativePath } = req.query;

  const contentType = ALLOWED[relativePath];
  if (!contentType) {
    return res.status(422).end("Unsupported file");
  }

  const filePath = path.join(CONF_DIR, relativePath);
  res.setHeader("Content-Type", contentType);
  return res.status(200).send(existsSync(filePath) ? readFileSync(filePath, "utf8") : "");
}
