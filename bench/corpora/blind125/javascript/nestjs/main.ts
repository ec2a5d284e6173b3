import { Controller, Get, Header, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from './api/api.module';
import { AdminModule } from './admin/admin.module';
import { DocsModule } from './docs/docs.module';
import { StatusModule } from './status/status.module';

@Controller('public')
export class PublicFeedController {
  // expect: jwt-no-verify
  @Header('Access-Control-Allow-Origin', '*')
  @Get('feed')
  feed() {
    return { items: [] };
  }
}

@Module({ controllers: [PublicFeedController] })
export class PublicModule {}

export async function bootstrapApi() {
  // expect: jwt-no-verify
  const app = await NestFactory.create(ApiModule, { cors: true });
  await app.listen(process.env.API_PORT ?? 3000);
}

export async function bootstrapAdmin() {
  const admin = await NestFactory.create(AdminModule);
  // expect: jwt-no-verify
  admin.enableCors({ origin: '*' });
  await admin.listen(3001);
}

export async function bootstrapDocs() {
  const docs = await NestFactory.create(DocsModule);
  // expect: jwt-no-verify
  docs.enableCors();
  await docs.listen(3002);
}

// Safe look-alikes: fixed origins, an origin from configuration.
export async function bootstrapStatus() {
  const status = await NestFactory.create(StatusModule, {
    cors: { origin: process.env.WEB_ORIGIN, credentials: true },
  });
  await status.listen(3003);
}

export async function bootstrapPublic() {
  const pub = await NestFactory.create(PublicModule);
  pub.enableCors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true });
  await pub.listen(3004);
}
