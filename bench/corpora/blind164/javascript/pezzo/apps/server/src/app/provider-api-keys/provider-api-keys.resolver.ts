import { BadRequestException, UseGuards } from "@nestjs/common";
import { Args, Field, InputType, Mutation, Resolver } from "@nestjs/graphql";
import { AuthGuard } from "../auth/auth.guard";
import { CurrentUser } from "../identity/current-user.decorator";
import { RequestUser } from "../identity/users.types";
import { isOrgAdminOrThrow } from "../identity/identity.utils";
import { ProviderApiKeysService } from "./provider-api-keys.service";
import { ProviderApiKey } from "../../@generated/provider-api-key/provider-api-key.model";

const PROVIDER_BASE_URLS: Record<string, string> = {
  OpenAI: "https://api.openai.com/v1",
  Anthropic: "https://api.anthropic.com/v1",
  Mistral: "https://api.mistral.ai/v1",
};

@InputType()
export class UpdateProviderApiKeyInput {
  @Field() organizationId: string;
  @Field() provider: string;
  @Field() value: string;
  @Field({ nullable: true }) baseUrl?: string;
}

@UseGuards(AuthGuard)
@Resolver(() => ProviderApiKey)
export class ProviderApiKeysResolver {
  constructor(private providerApiKeysService: ProviderApiKeysService) {}

  @Mutation(() => ProviderApiKey)
  async updateProviderApiKey(@Args("data") data: UpdateProviderApiKeyInput, @CurrentUser() user: RequestUser) {
    isOrgAdminOrThrow(user, data.organizationId);
    const knownBase = PROVIDER_BASE_URLS[data.provider];
    if (knownBase) {
      const check = await fetch(`${knownBase}/models`, { headers: { Authorization: `Bearer ${data.value}` } });
      if (!check.ok) {
        throw new BadRequestException("The provider rejected this API key");
      }
    } else if (data.baseUrl) {
      // expect: ssrf
      const check = await fetch(`${data.baseUrl}/models`, { headers: { Authorization: `Bearer ${data.value}` } });
      if (!check.ok) {
        throw new BadRequestException(`Custom provider answered ${check.status}`);
      }
    } else {
      throw new BadRequestException("Unknown provider");
    }
    return this.providerApiKeysService.upsertProviderApiKey(data.organizationId, data.provider, data.value, data.baseUrl);
  }
}
