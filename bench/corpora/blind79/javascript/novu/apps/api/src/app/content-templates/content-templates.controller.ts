import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { UserAuthGuard } from '../auth/framework/user.auth.guard';
import { UserSession, UserSessionData } from '../shared/framework/user.decorator';
import { CompileTemplate, CompileTemplateCommand } from './usecases/compile-template/compile-template.usecase';

class PreviewEmailRequestDto {
  content?: string;
  layoutId?: string;
  payload?: Record<string, unknown>;
}

@Controller('/content-templates')
@UseGuards(UserAuthGuard)
export class ContentTemplatesController {
  constructor(private compileTemplate: CompileTemplate) {}

  @Post('/preview/email')
  async previewEmail(@UserSession() user: UserSessionData, @Body() body: PreviewEmailRequestDto) {
    const html = await this.compileTemplate.execute(
      CompileTemplateCommand.create({
        template: body.content,
        templateId: body.layoutId,
        data: { ...body.payload, subscriber: { email: user.email } },
      })
    );
    return { html };
  }

  @Post('/preview/layout')
  async previewLayout(@UserSession() user: UserSessionData, @Body() body: PreviewEmailRequestDto) {
    const html = await this.compileTemplate.compileLayout(body.layoutId ?? 'default', body.payload ?? {});
    return { html };
  }
}
