import { NotFoundException, UseGuards } from "@nestjs/common";
import { Args, Field, InputType, Query, Resolver } from "@nestjs/graphql";
import { AuthGuard } from "../auth/auth.guard";
import { CurrentUser } from "../identity/current-user.decorator";
import { RequestUser } from "../identity/users.types";
import { isProjectMemberOrThrow } from "../identity/identity.utils";
import { Prompt } from "../../@generated/prompt/prompt.model";
import { PromptsService } from "./prompts.service";

@InputType()
export class GetProjectPromptsInput {
  @Field() projectId: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) content?: string;
  @Field({ nullable: true }) tag?: string;
}

@InputType()
export class PromptWhereUniqueInput {
  @Field() id: string;
}

@UseGuards(AuthGuard)
@Resolver(() => Prompt)
export class PromptsResolver {
  constructor(private promptsService: PromptsService) {}

  @Query(() => Prompt)
  async prompt(@Args("data") data: PromptWhereUniqueInput, @CurrentUser() user: RequestUser) {
    const prompt = await this.promptsService.getPrompt(data.id);
    if (!prompt) {
      throw new NotFoundException(`Prompt not found`);
    }
    isProjectMemberOrThrow(user, prompt.projectId);
    return prompt;
  }

  @Query(() => [Prompt])
  async prompts(@Args("data") data: GetProjectPromptsInput, @CurrentUser() user: RequestUser) {
    isProjectMemberOrThrow(user, data.projectId);
    if (data.tag) {
      return this.promptsService.searchByTag(data.projectId, data.tag);
    }
    if (data.content) {
      return this.promptsService.searchByContent(data.projectId, data.content);
    }
    return this.promptsService.getPromptsByProject(data.projectId, data.name);
  }
}
