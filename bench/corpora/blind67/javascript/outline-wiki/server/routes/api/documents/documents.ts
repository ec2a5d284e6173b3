import Router from "koa-router";
import auth from "@server/middlewares/authentication";
import validate from "@server/middlewares/validate";
import SearchHelper from "@server/models/helpers/SearchHelper";
import { Document } from "@server/models";
import { APIContext } from "@server/types";
import * as T from "./schema";

const router = new Router();

router.post(
  "documents.search",
  auth(),
  validate(T.DocumentsSearchSchema),
  async (ctx: APIContext<T.DocumentsSearchReq>) => {
    const { query, sort, direction, collectionId, limit } = ctx.input.body;
    const { user } = ctx.state.auth;

    const results = await SearchHelper.searchForUser(user, query, { sort, direction, collectionId, limit });
    ctx.body = { data: results };
  }
);

router.post(
  "documents.search_titles",
  auth(),
  validate(T.DocumentsSearchSchema),
  async (ctx: APIContext<T.DocumentsSearchReq>) => {
    const { query, direction, collectionId, limit } = ctx.input.body;
    const { user } = ctx.state.auth;

    const results = await SearchHelper.searchTitlesForUser(user, query, { direction, collectionId, limit });
    ctx.body = { data: results };
  }
);

router.post(
  "documents.export",
  auth(),
  validate(T.DocumentsExportSchema),
  async (ctx: APIContext<T.DocumentsExportReq>) => {
    const { id, format } = ctx.input.body;
    const { user } = ctx.state.auth;
    const document = await Document.findByPk(id, { userId: user.id, rejectOnEmpty: true });

    let contentType = "text/markdown";
    let content = document.toMarkdown();
    if (format === "html") {
      contentType = "text/html";
      content = await document.toHTML();
    }

    ctx.set("Content-Type", contentType);
    ctx.set("Content-Disposition", `attachment; filename="${encodeURIComponent(document.titleWithDefault)}.md"`);
    ctx.body = content;
  }
);

export default router;
