import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext, Transaction } from '@vendure/core';
import { ProductReviewService } from '../service/product-review.service';

type ReviewListArgs = {
    productId: string;
    options?: { sort?: string; sortDirection?: string; take?: number; skip?: number; ratingFilter?: string };
};

type SubmitReviewArgs = {
    input: { productId: string; summary: string; body: string; rating: number; authorName: string };
};

@Resolver()
export class ProductReviewShopResolver {
    constructor(private productReviewService: ProductReviewService) {}

    @Query()
    async productReviews(@Ctx() ctx: RequestContext, @Args() args: ReviewListArgs) {
        const { productId, options = {} } = args;
        return this.productReviewService.findForProduct(ctx, productId, options);
    }

    @Query()
    async productReviewHistogram(@Ctx() ctx: RequestContext, @Args() args: { productId: string; bucket?: string }) {
        return this.productReviewService.histogram(ctx, args.productId, args.bucket ?? 'rating');
    }

    @Transaction()
    @Mutation()
    @Allow(Permission.Authenticated)
    async submitProductReview(@Ctx() ctx: RequestContext, @Args() { input }: SubmitReviewArgs) {
        return this.productReviewService.submit(ctx, { ...input, customerId: ctx.activeUserId });
    }
}
