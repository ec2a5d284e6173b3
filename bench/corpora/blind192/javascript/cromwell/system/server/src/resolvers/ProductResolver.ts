import { Arg, Field, InputType, Int, Query, Resolver } from 'type-graphql';
import { getCustomRepository } from 'typeorm';

import { PagedParamsInput, PagedProduct, Product, ProductRepository } from '@cromwell/core-backend';

@InputType()
class ProductFilterInput {
    @Field(() => String, { nullable: true })
    nameSearch?: string;

    @Field(() => Int, { nullable: true })
    minPrice?: number;

    @Field(() => Int, { nullable: true })
    maxPrice?: number;

    @Field(() => [Int], { nullable: true })
    categoryIds?: number[];
}

@Resolver(Product)
export class ProductResolver {
    private get repository() {
        return getCustomRepository(ProductRepository);
    }

    @Query(() => PagedProduct)
    async getFilteredProducts(
        @Arg('pagedParams', { nullable: true }) pagedParams?: PagedParamsInput<Product>,
        @Arg('filterParams', { nullable: true }) filterParams?: ProductFilterInput,
    ): Promise<PagedProduct> {
        return this.repository.getFilteredProducts(pagedParams, filterParams);
    }

    @Query(() => Product, { nullable: true })
    async getProductBySlug(@Arg('slug') slug: string): Promise<Product | undefined> {
        return this.repository.findOne({ where: { slug } });
    }

    @Query(() => [Product])
    async searchProductsByCategory(@Arg('categorySlug') categorySlug: string): Promise<Product[]> {
        return this.repository.getByCategorySlug(categorySlug);
    }
}
