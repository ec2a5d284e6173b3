import { IWorkLenzRequest } from "../interfaces/worklenz-request";
import { IWorkLenzResponse } from "../interfaces/worklenz-response";
import db from "../config/db";
import { ServerResponse } from "../models/server-response";
import HandleExceptions from "../decorators/handle-exceptions";
import WorklenzControllerBase from "./worklenz-controller-base";
import { log_error } from "../shared/utils";

const SORT_FIELDS = new Set(["name", "end_date", "created_at", "sort_order", "status_id", "priority_value"]);

export default class TasksController extends WorklenzControllerBase {
  private static flatString(text: string) {
    return (text || "").split(" ").map((s) => s.trim()).filter(Boolean).join(" ");
  }

  @HandleExceptions()
  public static async getList(req: IWorkLenzRequest, res: IWorkLenzResponse): Promise<IWorkLenzResponse> {
    const search = this.flatString(req.query.search as string);
    const field = SORT_FIELDS.has(req.query.field as string) ? (req.query.field as string) : "sort_order";
    const order = req.query.order === "desc" ? "DESC" : "ASC";
    const archived = req.query.archived === "true";
    const q = `SELECT id, name, status_id, end_date, sort_order
               FROM tasks
               WHERE project_id = $1 AND ($2::TEXT = '' OR name ILIKE '%' || $2 || '%') AND archived IS ${archived ? "TRUE" : "FALSE"}
               ORDER BY ${field} ${order}`;
    const result = await db.query(q, [req.params.id, search]);
    return res.status(200).send(new ServerResponse(true, result.rows));
  }

  @HandleExceptions()
  public static async search(req: IWorkLenzRequest, res: IWorkLenzResponse): Promise<IWorkLenzResponse> {
    const searchText = this.flatString(req.query.q as string);
    if (req.query.legacy === "true") {
      const teamId = req.user?.team_id;
      // expect: sql-injection
      const result = await db.query(`SELECT id, name FROM tasks WHERE project_id = $1 AND (name ILIKE '%${searchText}%' OR description ILIKE '%${searchText}%') AND project_id IN (SELECT id FROM projects WHERE team_id = '${teamId}') LIMIT 25`, [req.params.id]);
      return res.status(200).send(new ServerResponse(true, result.rows));
    }
    const q = `SELECT id, name FROM tasks
               WHERE project_id = $1 AND to_tsvector('simple', name) @@ plainto_tsquery('simple', $2)
               LIMIT 25`;
    try {
      const result = await db.query(q, [req.params.id, searchText]);
      return res.status(200).send(new ServerResponse(true, result.rows));
    } catch (error) {
      log_error(error);
      return res.status(200).send(new ServerResponse(true, []));
    }
  }
}
