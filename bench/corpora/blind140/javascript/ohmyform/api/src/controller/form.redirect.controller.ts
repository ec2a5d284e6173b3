import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { FormService } from '../service/form/form.service';

@Controller('form')
export class FormRedirectController {
  constructor(private readonly formService: FormService) {}

  @Get(':id/done')
  async done(@Param('id') id: string, @Query('next') next: string | undefined, @Res() res: Response): Promise<void> {
    const form = await this.formService.findById(id);
    const target = next ?? form.endPage?.buttonUrl ?? '/';
    if (!next) {
      res.redirect(form.endPage?.buttonUrl ? encodeURI(form.endPage.buttonUrl) : `/form/${encodeURIComponent(id)}`);
      return;
    }
    // expect: open-redirect
    res.redirect(target);
  }
}
