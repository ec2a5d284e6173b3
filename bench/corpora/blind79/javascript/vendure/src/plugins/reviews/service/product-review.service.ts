import { Injectable } from '@nestjs/common';
import { ID, Logger, RequestContext, TransactionalConnection } from '@vendure/core';
import { ProductReview } from '../entities/product-review.entity';

const loggerCtx = 'ProductReviewService';

const SORT_COLUMNS: Record<string, string> = {
    createdAt: 'review.createdAt',
    rating: 'review.rating',
    upvotes: 'review.upvotes',
};

@Injectable()
export class ProductReviewService {
    constructor(private connection: TransactionalConnection) {}

    async findForProduct(
        ctx: RequestContext,
        productId: ID,
        options: { sort?: string; sortDirection?: string; take?: number; skip?: number; ratingFilter?: string },
    ) {
        const column = SORT_COLUMNS[options.sort ?? 'createdAt'] ?? 'review.createdAt';
        const direction = options.sortDirection === 'ASC' ? 'ASC' : 'DESC';
        const qb = this.connection
            .getRepository(ctx, ProductReview)
            .createQueryBuilder('review')
            .where('review.productId = :productId', { productId })
            .andWhere('review.state = :state', { state: 'approved' })
            .orderBy(column, direction)
            .take(Math.min(options.take ?? 10, 100))
            .skip(options.skip ?? 0);
        if (options.ratingFilter) {
            // expect: sql-injection
            qb.andWhere(`review.rating ${options.ratingFilter}`);
        }
        return qb.getManyAndCount();
    }

    async histogram(ctx: RequestContext, productId: ID, bucket: string) {
        const sql =
            `SELECT ${bucket} AS bucket, COUNT(*) AS total FROM product_review ` +
            `WHERE "productId" = $1 AND state = 'approved' GROUP BY ${bucket}`;
        Logger.verbose(`histogram for product ${productId}`, loggerCtx);
        // expect: sql-injection
        return this.connection.rawConnection.query(sql, [productId]);
    }

    async averageRating(ctx: RequestContext, productId: ID) {
        const rows = await this.connection.rawConnection.query(
            `SELECT AVG(rating) AS avg FROM product_review WHERE "productId" = $1 AND state = 'approved'`,
            [productId],
        );
        return Number(rows[0]?.avg ?? 0);
    }

    async submit(ctx: RequestContext, input: { productId: string; summary: string; body: string; rating: number; authorName: string; customerId?: ID }) {
        const review = new ProductReview({
            productId: input.productId,
            summary: input.summary,
            body: input.body,
            rating: Math.max(1, Math.min(5, Math.round(Number(input.rating) || 1))),
            authorName: input.authorName,
            customerId: input.customerId,
            state: 'new',
        });
        return this.connection.getRepository(ctx, ProductReview).save(review);
    }
}
