import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@vendure/core';
import { EmailPreviewService } from './email-preview.service';

@Resolver()
export class EmailPreviewAdminResolver {
    constructor(private emailPreviewService: EmailPreviewService) {}

    @Query()
    @Allow(Permission.ReadSettings)
    async emailTemplatePreview(
        @Ctx() ctx: RequestContext,
        @Args() args: { templateName: string; sampleData?: Record<string, unknown> },
    ) {
        return this.emailPreviewService.renderStored(ctx, args.templateName, args.sampleData ?? {});
    }

    @Mutation()
    @Allow(Permission.UpdateSettings)
    async previewCustomEmailTemplate(
        @Ctx() ctx: RequestContext,
        @Args() args: { body: string; subject: string; sampleData?: Record<string, unknown> },
    ) {
        const { body, subject } = args;
        return this.emailPreviewService.renderCustom(ctx, { body, subject }, args.sampleData ?? {});
    }
}
