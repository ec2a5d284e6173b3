// library: NestJS (enableCors, NestFactory cors option, @Header)
import { Controller, Get, Header } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

@Controller('public')
export class PublicController {
  @Get('prices')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cache-Control', 'public, max-age=60')
  prices() {
    return [{ sku: 'A1', price: 10 }];
  }
}

export async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  // expect: cors-misconfiguration
  app.enableCors({ origin: '*', credentials: true });
  await app.listen(3000);
}

export async function bootstrapReflect() {
  // expect: cors-misconfiguration
  const app = await NestFactory.create(AppModule, { cors: { origin: true, credentials: true } });
  await app.listen(3000);
}

export async function bootstrapSafe() {
  const app = await NestFactory.create(AppModule, { cors: { origin: ['https://app.example.com'], credentials: true } });
  await app.listen(3000);
}

export async function bootstrapOpenData() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: '*' });
  await app.listen(3001);
}
