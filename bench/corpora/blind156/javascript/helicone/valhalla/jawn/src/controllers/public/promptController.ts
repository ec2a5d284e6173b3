// tsoa controller for prompts; the auth middleware fills request.authParams before any method runs.
import { Body, Controller, Path, Post, Request, Route, Tags } from 'tsoa';
import { PromptManager } from '../../managers/prompt/PromptManager';
import type { JawnAuthenticatedRequest } from '../../types/request';
import { Result } from '../../packages/common/result';

export interface PromptsQueryParams {
  filter?: { name?: string; tag?: string };
  sortBy?: 'created_at' | 'name' | 'usage';
  rawFilter?: string;
}

@Route('v1/prompt')
@Tags('Prompt')
export class PromptController extends Controller {
  @Post('query')
  public async getPrompts(
    @Body() requestBody: PromptsQueryParams,
    @Request() request: JawnAuthenticatedRequest,
  ): Promise<Result<unknown[], string>> {
    const manager = new PromptManager(request.authParams);
    return manager.getPrompts(requestBody);
  }

  @Post('{promptId}/versions/query')
  public async getVersions(
    @Path() promptId: string,
    @Body() requestBody: { labels?: string[] },
    @Request() request: JawnAuthenticatedRequest,
  ): Promise<Result<unknown[], string>> {
    const manager = new PromptManager(request.authParams);
    return manager.getVersions(promptId, requestBody.labels ?? []);
  }
}
