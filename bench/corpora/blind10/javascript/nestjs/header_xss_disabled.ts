// library: NestJS (@Header security headers) + helmet options
import { Controller, Get, Header, Render } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

@Controller('legacy')
export class LegacyController {
  @Get('search')
  @Header('X-XSS-Protection', '0')
  @Render('search')
  search() {
    return { results: [] };
  }

  @Get('help')
  @Header('X-Content-Type-Options', 'nosniff')
  @Render('help')
  help() {
    return {};
  }
}

export async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(helmet({ xXssProtection: false }));
  await app.listen(3000);
}

export async function bootstrapNoCsp() {
  const app = await NestFactory.create(AppModule);
  // expect: helmet-disabled
  app.use(helmet({ contentSecurityPolicy: false }));
  await app.listen(3000);
}

export async function bootstrapEmbeddable() {
  const app = await NestFactory.create(AppModule);
  app.use(helmet({
    // expect: helmet-disabled
    frameguard: false,
    crossOriginEmbedderPolicy: false,
  }));
  await app.listen(3000);
}
