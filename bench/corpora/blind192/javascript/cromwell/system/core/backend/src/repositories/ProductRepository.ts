import { Brackets, EntityRepository, Repository, SelectQueryBuilder } from 'typeorm';

import { Product } from '../models/entities/product.entity';
import { PagedParamsInput } from '../models/inputs/paged-params.input';

const SORTABLE_COLUMNS = new Set(['price', 'createDate', 'name', 'averageRating']);

interface ProductFilter {
    nameSearch?: string;
    minPrice?: number;
    maxPrice?: number;
    categoryIds?: number[];
}

@EntityRepository(Product)
export class ProductRepository extends Repository<Product> {
    applyFilter(qb: SelectQueryBuilder<Product>, filter?: ProductFilter) {
        if (filter?.nameSearch) {
            qb.andWhere(new Brackets((sub) => {
                // expect: sql-injection
                sub.where(`product.name LIKE '%${filter.nameSearch}%'`).orWhere(`product.sku LIKE '%${filter.nameSearch}%'`);
            }));
        }
        if (filter?.minPrice !== undefined) {
            qb.andWhere('product.price >= :minPrice', { minPrice: filter.minPrice });
        }
        if (filter?.maxPrice !== undefined) {
            qb.andWhere('product.price <= :maxPrice', { maxPrice: filter.maxPrice });
        }
        if (filter?.categoryIds?.length) {
            qb.innerJoin('product.categories', 'category').andWhere('category.id IN (:...ids)', { ids: filter.categoryIds });
        }
        return qb;
    }

    async getFilteredProducts(params?: PagedParamsInput<Product>, filter?: ProductFilter) {
        const qb = this.applyFilter(this.createQueryBuilder('product').select(), filter);
        const orderBy = params?.orderBy && SORTABLE_COLUMNS.has(String(params.orderBy)) ? String(params.orderBy) : 'createDate';
        qb.orderBy(`product.${orderBy}`, params?.order === 'ASC' ? 'ASC' : 'DESC');
        qb.skip(((params?.pageNumber ?? 1) - 1) * (params?.pageSize ?? 20)).take(Math.min(params?.pageSize ?? 20, 100));
        const [elements, total] = await qb.getManyAndCount();
        return { elements, pagedMeta: { pageNumber: params?.pageNumber ?? 1, pageSize: params?.pageSize ?? 20, totalElements: total } };
    }

    async getByCategorySlug(categorySlug: string) {
        return this.createQueryBuilder('product')
            .innerJoin('product.categories', 'category')
            .where('category.slug = :categorySlug', { categorySlug })
            .getMany();
    }
}
