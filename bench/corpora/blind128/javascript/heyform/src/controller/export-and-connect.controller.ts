import { Controller, Get, Param, Query, Res } from '@nestjs/common'
import { Response } from 'express'
import { join, resolve, sep } from 'path'
import { Auth } from '@decorator'

const EXPORT_DIR = resolve(process.cwd(), 'static', 'exports')
const APP_HOMEPAGE = process.env.APP_HOMEPAGE_URL || 'https://my.heyform.net'

@Controller()
export class ExportAndConnectController {
  @Get('export/:file')
  @Auth()
  download(@Param('file') file: string, @Res() res: Response) {
    // expect: path-traversal
    return res.sendFile(join(EXPORT_DIR, file))
  }

  @Get('export/safe/:file')
  @Auth()
  downloadChecked(@Param('file') file: string, @Res() res: Response) {
    const target = resolve(EXPORT_DIR, file)
    if (!target.startsWith(EXPORT_DIR + sep)) {
      return res.status(400).send('Invalid file')
    }
    return res.sendFile(target)
  }

  @Get('connect/:app/callback')
  callback(@Param('app') app: string, @Query('state') state: string, @Res() res: Response) {
    const next = state ?? `${APP_HOMEPAGE}/integrations`
    // expect: open-redirect
    return res.redirect(next)
  }

  @Get('connect/:app/done')
  done(@Query('tab') tab: string, @Res() res: Response) {
    const allowed = ['integrations', 'settings', 'members']
    const target = allowed.includes(tab) ? tab : 'integrations'
    return res.redirect(`${APP_HOMEPAGE}/${target}`)
  }
}
