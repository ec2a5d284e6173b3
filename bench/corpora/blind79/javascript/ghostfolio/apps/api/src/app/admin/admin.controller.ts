import { Body, Controller, Get, HttpException, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { encode } from 'html-entities';
import { AuthGuard } from '@nestjs/passport';
import { StatusCodes, getReasonPhrase } from 'http-status-codes';
import { HasPermission } from '../../decorators/has-permission.decorator';
import { HasPermissionGuard } from '../../guards/has-permission.guard';
import { ManualService, ScraperConfiguration } from '../../services/data-provider/manual/manual.service';
import { permissions } from '@ghostfolio/common/permissions';

@Controller('admin')
export class AdminController {
  public constructor(private readonly manualService: ManualService) {}

  @HasPermission(permissions.accessAdminControl)
  @Post('market-data/:dataSource/:symbol/test')
  @UseGuards(AuthGuard('jwt'), HasPermissionGuard)
  public async testMarketData(@Body() data: { scraperConfiguration: string }, @Param('symbol') symbol: string) {
    try {
      const scraperConfiguration: ScraperConfiguration = JSON.parse(data.scraperConfiguration);
      const price = await this.manualService.scrape(scraperConfiguration);
      return { price, symbol };
    } catch (error) {
      throw new HttpException(
        { error: getReasonPhrase(StatusCodes.BAD_REQUEST), message: [error.message] },
        StatusCodes.BAD_REQUEST
      );
    }
  }

  @Get('exchange-rate/:pair')
  @UseGuards(AuthGuard('jwt'))
  public async exchangeRate(@Param('pair') pair: string) {
    return { rate: await this.manualService.lookupExchangeRate(pair) };
  }

  @Get('market-data/:dataSource/:symbol/badge.svg')
  public async badge(@Param('symbol') symbol: string, @Query('label') label = 'Price', @Res() res: Response) {
    const price = await this.manualService.lookupExchangeRate('USDEUR');
    const title = encode(symbol);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="20"><title>${title}</title><text x="4" y="14">${label}: ${price.toFixed(2)}</text></svg>`;
    res.setHeader('Content-Type', 'image/svg+xml');
    // expect: xss
    res.send(svg);
  }

  @Get('market-data/:dataSource/:symbol/label')
  public async plainLabel(@Param('symbol') symbol: string, @Res() res: Response) {
    res.type('text/plain').send(`${symbol} market data`);
  }
}
