import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext, Transaction } from '@vendure/core';
import { AssetImportService } from './asset-import.service';

@Resolver()
export class AssetImportAdminResolver {
    constructor(private assetImportService: AssetImportService) {}

    @Transaction()
    @Mutation()
    @Allow(Permission.CreateAsset)
    async importAssetFromUrl(@Ctx() ctx: RequestContext, @Args() args: { url: string; tags?: string[] }) {
        return this.assetImportService.importFromUrl(ctx, args.url, args.tags ?? []);
    }

    @Transaction()
    @Mutation()
    @Allow(Permission.CreateAsset)
    async importAssetFromImportDir(@Ctx() ctx: RequestContext, @Args() args: { fileName: string }) {
        return this.assetImportService.importFromImportDir(ctx, args.fileName);
    }

    @Transaction()
    @Mutation()
    @Allow(Permission.CreateAsset)
    async importAssetFromCdn(@Ctx() ctx: RequestContext, @Args() args: { assetKey: string }) {
        return this.assetImportService.importFromCdn(ctx, args.assetKey);
    }
}
