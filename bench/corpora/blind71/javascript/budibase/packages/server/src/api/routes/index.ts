import Router from "@koa/router"
import bodyParser from "koa-body"
import currentApp from "../../middleware/currentapp"
import * as rowController from "../controllers/row"
import * as scriptController from "../controllers/script"
import * as staticController from "../controllers/static"
import * as webhookController from "../controllers/webhook"

export const router = new Router()

router.use(bodyParser({ multipart: true }))
router.use(currentApp)

router
  .post("/api/:tableId/search", rowController.search)
  .post("/api/:tableId/rows/export", rowController.exportRows)
  .post("/api/script", scriptController.execute)
  .post("/api/script/helper", scriptController.executeHelper)
  .get("/app/assets/:file", staticController.serveAsset)
  .get("/app/published/:file", staticController.servePublishedAsset)
  .get("/app/client", staticController.serveClientLibrary)
  .post("/api/webhooks/trigger/:instance/:id", webhookController.triggerWebhook)

export default router
