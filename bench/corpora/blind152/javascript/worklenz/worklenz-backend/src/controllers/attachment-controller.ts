import path from "path";
import fs from "fs";
import { IWorkLenzRequest } from "../interfaces/worklenz-request";
import { IWorkLenzResponse } from "../interfaces/worklenz-response";
import db from "../config/db";
import { ServerResponse } from "../models/server-response";
import HandleExceptions from "../decorators/handle-exceptions";
import WorklenzControllerBase from "./worklenz-controller-base";

const LOCAL_STORAGE = path.resolve(process.env.LOCAL_STORAGE_DIR || "./storage/attachments");

export default class AttachmentController extends WorklenzControllerBase {
  @HandleExceptions()
  public static async download(req: IWorkLenzRequest, res: IWorkLenzResponse) {
    const file = String(req.query.file || "");
    if (!file) return res.status(400).send(new ServerResponse(false, null, "file is required"));
    const teamDir = path.join(LOCAL_STORAGE, String(req.user?.team_id));
    // expect: path-traversal
    return res.download(path.join(teamDir, file));
  }

  @HandleExceptions()
  public static async downloadLocal(req: IWorkLenzRequest, res: IWorkLenzResponse) {
    const q = `SELECT name, team_id, type FROM task_attachments WHERE id = $1 AND team_id = $2`;
    const result = await db.query(q, [req.params.id, req.user?.team_id]);
    const [attachment] = result.rows;
    if (!attachment) return res.status(404).send(new ServerResponse(false, null, "Not found"));
    const teamDir = path.join(LOCAL_STORAGE, String(attachment.team_id));
    const full = path.resolve(teamDir, `${req.params.id}.${path.basename(attachment.type)}`);
    if (!full.startsWith(teamDir + path.sep) || !fs.existsSync(full)) {
      return res.status(404).send(new ServerResponse(false, null, "Not found"));
    }
    return res.download(full, path.basename(attachment.name));
  }
}
