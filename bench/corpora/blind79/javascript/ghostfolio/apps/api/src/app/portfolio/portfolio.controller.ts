import { Controller, Get, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { HasPermissionGuard } from '../../guards/has-permission.guard';
import { TransformDataSourceInRequestInterceptor } from '../../interceptors/transform-data-source-in-request.interceptor';
import { PortfolioService } from './portfolio.service';

@Controller('portfolio')
export class PortfolioController {
  public constructor(private readonly portfolioService: PortfolioService) {}

  @Get('dividends')
  @UseGuards(AuthGuard('jwt'), HasPermissionGuard)
  @UseInterceptors(TransformDataSourceInRequestInterceptor)
  public async getDividends(@Query('groupBy') groupBy?: string, @Query('symbol') symbol?: string) {
    const dividends = await this.portfolioService.getDividends({ groupBy, symbol });
    return { dividends };
  }

  @Get('investments')
  @UseGuards(AuthGuard('jwt'), HasPermissionGuard)
  @UseInterceptors(TransformDataSourceInRequestInterceptor)
  public async getInvestments(@Query('groupBy') groupBy = 'month', @Query('tags') filterByTags?: string) {
    const investments = await this.portfolioService.getInvestmentsByGroup(groupBy, filterByTags);
    return { investments };
  }

  @Get('performance')
  @UseGuards(AuthGuard('jwt'), HasPermissionGuard)
  @UseInterceptors(TransformDataSourceInRequestInterceptor)
  public async getPerformance() {
    return this.portfolioService.getPerformanceSince();
  }
}
