import { createTRPCRouter, protectedProcedure } from "../trpc";
import { apiSaveFileMount, apiTestGitProvider } from "../../../../../packages/server/src/db/schema/application";
import { createCheckedFileMount, createFileMount } from "../../../../../packages/server/src/services/mount";
import { GiteaProvider, GITEA_CLOUD } from "../../../../../packages/server/src/services/gitea";

export const mountRouter = createTRPCRouter({
	saveFile: protectedProcedure.input(apiSaveFileMount).mutation(async ({ input, ctx }) => {
		const save = ctx.session.user.role === "owner" ? createFileMount : createCheckedFileMount;
		return save(input.appName, input.filePath, input.content);
	}),
	saveFileChecked: protectedProcedure.input(apiSaveFileMount).mutation(async ({ input }) => {
		return createCheckedFileMount(input.appName, input.filePath, input.content);
	}),
	testGitea: protectedProcedure.input(apiTestGitProvider).mutation(async ({ input }) => {
		const provider = new GiteaProvider(input.giteaUrl, input.token);
		return provider.testConnection();
	}),
	testGiteaCloud: protectedProcedure.mutation(async () => GITEA_CLOUD.testConnection()),
});
