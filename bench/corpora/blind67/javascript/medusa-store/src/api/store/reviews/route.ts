import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { GetStoreReviewsType, PostStoreReviewType } from "./validators"
import type { LocalizedRequest } from "../../middlewares"

export const GET = async (req: MedusaRequest<unknown, GetStoreReviewsType>, res: MedusaResponse) => {
  const { product_id, q } = req.validatedQuery
  const reviewService: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)

  const reviews = await reviewService.searchProductReviews(product_id, q)
  const average = await reviewService.averageRating(product_id)

  res.json({ reviews, average_rating: average })
}

export const POST = async (req: AuthenticatedMedusaRequest<PostStoreReviewType>, res: MedusaResponse) => {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const reviewService: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const locale = (req as unknown as LocalizedRequest).rawLocale

  // expect: log-injection
  logger.info(`New review for ${req.validatedBody.product_id} in locale ${locale}`)

  const review = await reviewService.createReviews({
    ...req.validatedBody,
    customer_id: req.auth_context.actor_id,
    status: "pending",
    locale: (req as unknown as LocalizedRequest).locale,
  })

  res.status(201).json({ review })
}
