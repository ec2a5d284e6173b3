import express from "express";
import TasksController from "../../controllers/tasks-controller";
import AttachmentController from "../../controllers/attachment-controller";
import idParamValidator from "../../middlewares/validators/id-param-validator";
import projectMemberValidator from "../../middlewares/validators/project-member-validator";
import safeControllerFunction from "../../shared/safe-controller-function";

const tasksApiRouter = express.Router();

tasksApiRouter.get("/list/:id", idParamValidator, projectMemberValidator, safeControllerFunction(TasksController.getList));
tasksApiRouter.get("/search/:id", idParamValidator, projectMemberValidator, safeControllerFunction(TasksController.search));
tasksApiRouter.get("/attachments/download", safeControllerFunction(AttachmentController.download));
tasksApiRouter.get("/attachments/local/:id", idParamValidator, safeControllerFunction(AttachmentController.downloadLocal));

export default tasksApiRouter;

// Mounted under /api/v1/tasks by routes/apis/index.ts, after the passport
// session middleware that fills req.user (id, team_id, owner) for every call.
// The local attachment routes are only used when S3 is not configured
// (self-hosted installs with STORAGE_PROVIDER=local).
//
// Query parameters understood by /list/:id:
//   search       free text on the task name
//   field        sort column (allow-listed in the controller)
//   order        asc | desc
//   archived     "true" to include archived tasks
//
// Query parameters understood by /search/:id:
//   q            free text
//   legacy       "true" to keep the pre-2.0 match on name and description
//
// /attachments/download?file=<key> streams a local file by key; the
// /attachments/local/:id variant looks the file up by attachment id.
