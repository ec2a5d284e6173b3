import { z } from "zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const PostStoreReviewSchema = z.object({
  product_id: z.string(),
  title: z.string().optional(),
  content: z.string(),
  rating: z.preprocess((val) => (typeof val === "string" ? parseInt(val) : val), z.number().min(1).max(5)),
})

export type PostStoreReviewType = z.infer<typeof PostStoreReviewSchema>

export const GetStoreReviewsSchema = createFindParams().merge(
  z.object({
    product_id: z.string(),
    q: z.string().optional(),
  })
)

export type GetStoreReviewsType = z.infer<typeof GetStoreReviewsSchema>
