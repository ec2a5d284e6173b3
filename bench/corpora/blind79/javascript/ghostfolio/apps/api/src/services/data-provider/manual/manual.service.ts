import { Injectable, Logger } from '@nestjs/common';
import * as cheerio from 'cheerio';
import got from 'got';
import { ConfigurationService } from '../../configuration/configuration.service';

export interface ScraperConfiguration {
  defaultMarketPrice?: number;
  headers?: Record<string, string>;
  locale?: string;
  selector: string;
  url: string;
}

@Injectable()
export class ManualService {
  public constructor(private readonly configurationService: ConfigurationService) {}

  public async scrape(scraperConfiguration: ScraperConfiguration): Promise<number> {
    const { headers = {}, selector, url } = scraperConfiguration;
    const abortController = new AbortController();
    setTimeout(() => abortController.abort(), this.configurationService.get('REQUEST_TIMEOUT'));

    // expect: ssrf
    const html = await got(url, { headers, signal: abortController.signal }).text();
    const $ = cheerio.load(html);
    const value = $(selector).first().text().replace(/[^0-9.,-]/g, '');
    return parseFloat(value.replace(',', '.'));
  }

  public async lookupExchangeRate(currencyPair: string): Promise<number> {
    const pair = /^[A-Z]{6}$/.test(currencyPair) ? currencyPair : 'USDEUR';
    const json = await got(`https://api.frankfurter.app/latest?from=${pair.slice(0, 3)}&to=${pair.slice(3)}`).json<any>();
    return json.rates?.[pair.slice(3)] ?? 1;
  }
}
