import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthDto } from 'src/dtos/auth.dto';
import { AssetSearchDto, VideoFrameDto, VideoFrameSecondsDto } from 'src/dtos/asset.dto';
import { Auth, Authenticated } from 'src/middleware/auth.guard';
import { AssetService } from 'src/services/asset.service';

@ApiTags('Assets')
@Controller('assets')
export class AssetController {
  constructor(private service: AssetService) {}

  @Get('search')
  @Authenticated()
  search(@Auth() auth: AuthDto, @Query() dto: AssetSearchDto) {
    return this.service.search(auth, dto);
  }

  @Get('search/bound')
  @Authenticated()
  searchBound(@Auth() auth: AuthDto, @Query() dto: AssetSearchDto) {
    return this.service.searchBound(auth, dto);
  }

  @Post('frame')
  @Authenticated()
  async frame(@Auth() auth: AuthDto, @Body() dto: VideoFrameDto, @Res() res: Response) {
    const output = await this.service.videoFrame(auth, dto);
    res.sendFile(output);
  }

  @Post('frame/seconds')
  @Authenticated()
  async frameSeconds(@Auth() auth: AuthDto, @Body() dto: VideoFrameSecondsDto, @Res() res: Response) {
    const output = await this.service.videoFrameSeconds(auth, dto);
    res.sendFile(output);
  }
}
