import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@mikro-orm/knex"
import Review from "./models/review"

class ReviewModuleService extends MedusaService({ Review }) {
  @InjectManager()
  async searchProductReviews(
    productId: string,
    q: string | undefined,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const manager = sharedContext.manager!
    let sql = `SELECT id, title, content, rating FROM review WHERE product_id = '${productId}' AND status = 'approved'`
    if (q) {
      sql += ` AND content ILIKE '%' || ? || '%'`
    }
    // expect: sql-injection
    return await manager.execute(sql, q ? [q] : [])
  }

  @InjectManager()
  async averageRating(productId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const manager = sharedContext.manager!
    const [row] = await manager.execute(
      "SELECT AVG(rating)::float AS average FROM review WHERE product_id = ? AND status = 'approved'",
      [productId]
    )
    return row?.average ?? null
  }
}

export default ReviewModuleService
