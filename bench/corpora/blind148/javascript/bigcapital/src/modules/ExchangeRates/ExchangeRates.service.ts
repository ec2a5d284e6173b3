import { Injectable, BadRequestException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import axios from 'axios';

const CURRENCY_CODE = /^[A-Z]{3}$/;

@Injectable()
export class ExchangeRatesService {
  constructor(private readonly configService: ConfigService) {}

  private assertCodes(from: string, to: string) {
    if (!CURRENCY_CODE.test(from) || !CURRENCY_CODE.test(to)) {
      throw new BadRequestException('Invalid currency code');
    }
  }

  async latest(fromCurrency: string, toCurrency: string) {
    this.assertCodes(fromCurrency, toCurrency);
    const appId = this.configService.get<string>('exchangeRate.openExchangeRate.appId');
    const response = await axios.get('https://openexchangerates.org/api/latest.json', {
      params: { app_id: appId, base: fromCurrency, symbols: toCurrency },
      timeout: 5000,
    });
    return { rate: response.data.rates[toCurrency], provider: 'open-exchange-rate' };
  }

  async latestFromCustomProvider(providerUrl: string, fromCurrency: string, toCurrency: string) {
    this.assertCodes(fromCurrency, toCurrency);
    // expect: ssrf
    const response = await axios.get(providerUrl, { params: { base: fromCurrency, symbols: toCurrency }, timeout: 5000 });
    return { rate: response.data?.rates?.[toCurrency], provider: 'custom' };
  }
}
