import { NestFactory } from '@nestjs/core';
import { Controller, Get, Header, Module, Param } from '@nestjs/common';
import { AppModule } from './app.module';
import { PublicApiModule } from './public-api.module';
import { AdminModule } from './admin.module';

@Controller('embed')
export class EmbedController {
  // expect: jwt-no-verify
  @Header('Access-Control-Allow-Origin', '*')
  @Get(':id/config')
  config(@Param('id') id: string) {
    return { id, theme: 'light' };
  }

  @Header('Cache-Control', 'public, max-age=300')
  @Get(':id/version')
  version(@Param('id') id: string) {
    return { id, version: 3 };
  }
}

@Module({ controllers: [EmbedController] })
export class EmbedModule {}

export async function bootstrapApi() {
  // expect: jwt-no-verify
  const app = await NestFactory.create(PublicApiModule, { cors: true });
  await app.listen(process.env.PORT ?? 3000);
  return app;
}

export async function bootstrapMain() {
  const app = await NestFactory.create(AppModule);
  // expect: jwt-no-verify
  app.enableCors();
  await app.listen(3001);
  return app;
}

export async function bootstrapEmbeds() {
  // expect: jwt-no-verify
  const app = await NestFactory.create(EmbedModule, { cors: { origin: '*' } });
  await app.listen(3002);
  return app;
}

export async function bootstrapAdmin() {
  const app = await NestFactory.create(AdminModule);
  app.enableCors({ origin: (process.env.ADMIN_ORIGINS ?? '').split(','), credentials: true });
  await app.listen(3003);
  return app;
}

export async function bootstrapPartners() {
  const app = await NestFactory.create(AppModule, { cors: { origin: ['https://partners.example.com'], credentials: true } });
  await app.listen(3004);
  return app;
}
