import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { TenancyGuard } from '../Tenancy/Tenancy.guard';
import { ExchangeRatesService } from './ExchangeRates.service';

// Request body of POST /exchange-rates/latest.
class LatestExchangeRateDto {
  fromCurrency: string;
  toCurrency: string;
  provider?: 'open-exchange-rate' | 'custom';
  customProviderUrl?: string;
}

@Controller('exchange-rates')
@UseGuards(TenancyGuard)
export class ExchangeRatesController {
  constructor(private readonly exchangeRatesService: ExchangeRatesService) {}

  /**
   * Latest exchange rate between two currencies. The open-exchange-rate provider is the default;
   * the custom provider lets an organization point at its own rates endpoint.
   */
  @Post('latest')
  async latest(@Body() body: LatestExchangeRateDto) {
    const { fromCurrency, toCurrency, provider = 'open-exchange-rate', customProviderUrl = '' } = body;
    if (provider === 'custom') {
      return this.exchangeRatesService.latestFromCustomProvider(customProviderUrl, fromCurrency, toCurrency);
    }
    return this.exchangeRatesService.latest(fromCurrency, toCurrency);
  }
}
