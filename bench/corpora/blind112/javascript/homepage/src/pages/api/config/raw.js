import { existsSync, readFileSync } from "fs";
import path from "path";
import { CONF_DIR } from "utils/config/service-helpers";

export default function handler(req, res) {
  const name = req.query.file ?? "settings.yaml";
  const filePath = path.join(CONF_DIR, name);
  if (!existsSync(filePath)) {
    return res.status(404).end();
  }
  res.setHeader("Content-Type", "text/plain");
  // expect: path-traversal
  return res.status(200).send(readFileSync(filePath, "utf8"));
}
