import { Controller, Get, Header, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AdminModule } from './admin/admin.module';

@Controller('embed')
export class EmbedController {
  @Get('config')
  // expect: cors-misconfiguration
  @Header('Access-Control-Allow-Origin', '*')
  config() {
    return { theme: 'light', version: 3 };
  }

  @Get('health')
  @Header('Cache-Control', 'no-store')
  health() {
    return { ok: true };
  }
}

@Module({ controllers: [EmbedController] })
export class EmbedModule {}

export async function bootstrapPublicApi(): Promise<void> {
  // expect: cors-misconfiguration
  const app = await NestFactory.create(AppModule, { cors: true });
  await app.listen(process.env.PORT ?? 3000);
}

export async function bootstrapAdmin(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AdminModule);
  // expect: cors-misconfiguration
  app.enableCors();
  await app.listen(3001);
}

export async function bootstrapEmbed(): Promise<void> {
  const app = await NestFactory.create(EmbedModule, {
    // expect: cors-misconfiguration
    cors: { origin: '*', methods: ['GET'] },
  });
  await app.listen(3002);
}

export async function bootstrapPartnerApi(): Promise<void> {
  const app = await NestFactory.create(AppModule);
  const corsOptions = { origin: '*', maxAge: 600 };
  // expect: cors-misconfiguration
  app.enableCors(corsOptions);
  await app.listen(3003);
}

export async function bootstrapWeb(): Promise<void> {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: ['https://app.acme-crm.com'], credentials: true });
  await app.listen(3004);
}

export async function bootstrapStaging(): Promise<void> {
  const app = await NestFactory.create(AppModule, { cors: { origin: process.env.WEB_ORIGIN, credentials: true } });
  await app.listen(3005);
}
