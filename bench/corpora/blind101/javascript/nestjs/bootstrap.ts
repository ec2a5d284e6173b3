import { Controller, Get, Header, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller('assets')
export class AssetsController {
  @Get(':id/meta')
  // expect: jwt-no-verify
  @Header('Access-Control-Allow-Origin', '*')
  getMeta(@Param('id') id: string) {
    return { id, kind: 'image' };
  }

  @Get(':id/thumb')
  @Header('Cache-Control', 'public, max-age=600')
  getThumb(@Param('id') id: string) {
    return { id, size: 'small' };
  }
}

@Module({ controllers: [AssetsController] })
export class AppModule {}

@Module({})
export class AdminModule {}

@Module({})
export class WebhooksModule {}

export async function bootstrapApi(): Promise<void> {
  // expect: jwt-no-verify
  const app = await NestFactory.create(AppModule, { cors: true });
  await app.listen(Number(process.env.PORT ?? 3000));
}

export async function bootstrapAdmin(): Promise<void> {
  const admin = await NestFactory.create(AdminModule);
  // expect: jwt-no-verify
  admin.enableCors();
  await admin.listen(3001);
}

export async function bootstrapWebhooks(): Promise<void> {
  const hooks = await NestFactory.create(WebhooksModule);
  // expect: jwt-no-verify
  hooks.enableCors({ origin: '*' });
  await hooks.listen(3002);
}

export async function bootstrapPortal(): Promise<void> {
  const portal = await NestFactory.create(AppModule, { cors: { origin: ['https://portal.example.com'], credentials: true } });
  portal.enableCors({ origin: (process.env.PORTAL_ORIGINS ?? '').split(','), credentials: true });
  await portal.listen(3003);
}
