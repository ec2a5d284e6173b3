import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  authenticate,
} from "@medusajs/framework/http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PostStoreReviewSchema, GetStoreReviewsSchema } from "./store/reviews/validators"
import { PostAdminNotificationTestSchema } from "./admin/notifications/test/route"

const SUPPORTED = ["en", "de", "fr", "es"]

export type LocalizedRequest = MedusaRequest & { locale?: string; rawLocale?: string }

export function attachLocale(req: LocalizedRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const header = req.headers["x-medusa-locale"]
  const requested = Array.isArray(header) ? header[0] : header
  req.rawLocale = requested ?? "en"
  req.locale = requested && SUPPORTED.includes(requested) ? requested : "en"
  next()
}

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/*",
      middlewares: [attachLocale],
    },
    {
      matcher: "/store/reviews",
      method: "POST",
      middlewares: [
        authenticate("customer", ["session", "bearer"]),
        validateAndTransformBody(PostStoreReviewSchema),
      ],
    },
    {
      matcher: "/store/reviews",
      method: "GET",
      middlewares: [validateAndTransformQuery(GetStoreReviewsSchema, { defaults: ["id", "rating"], isList: true })],
    },
    {
      matcher: "/admin/notifications/test",
      method: ["POST", "PUT"],
      middlewares: [validateAndTransformBody(PostAdminNotificationTestSchema)],
    },
  ],
})
