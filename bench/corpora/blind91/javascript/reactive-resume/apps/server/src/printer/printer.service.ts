import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ResumeDto } from '@reactive-resume/dto';
import { connect } from 'puppeteer';

import { StorageService } from '../storage/storage.service';

@Injectable()
export class PrinterService {
  constructor(
    private readonly configService: ConfigService,
    private readonly storageService: StorageService,
  ) {}

  private getBrowser() {
    const endpoint = this.configService.getOrThrow<string>('CHROME_URL');
    const token = this.configService.getOrThrow<string>('CHROME_TOKEN');
    return connect({ browserWSEndpoint: `${endpoint}?token=${token}` });
  }

  async printResume(resume: ResumeDto) {
    const publicUrl = this.configService.getOrThrow<string>('PUBLIC_URL');
    const browser = await this.getBrowser();
    const page = await browser.newPage();

    await page.goto(`${publicUrl}/artboard/preview`, { waitUntil: 'domcontentloaded' });
    await page.evaluate((data) => window.localStorage.setItem('resume', JSON.stringify(data)), resume.data);
    await page.reload({ waitUntil: 'load' });

    const css = resume.data.metadata.css;
    if (css.visible) {
      await page.evaluate((value: string) => {
        const styleTag = document.createElement('style');
        styleTag.textContent = value;
        document.head.append(styleTag);
      }, css.value);
    }

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.close();
    await browser.disconnect();
    return this.storageService.uploadObject(resume.userId, 'resumes', Buffer.from(pdf), resume.title.replace(/[^\w-]/g, '-'));
  }
}
