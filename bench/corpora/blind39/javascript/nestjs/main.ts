import { Controller, Get, Header, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';

@Controller('widgets')
export class WidgetsController {
  @Get(':id/embed')
  // expect: permissive-cors
  @Header('Access-Control-Allow-Origin', '*')
  embed(@Param('id') id: string) {
    return { id, html: `<div data-widget="${Number(id)}"></div>` };
  }

  // Safe: a caching header, not CORS.
  @Get(':id')
  @Header('Cache-Control', 'no-store')
  findOne(@Param('id') id: string) {
    return { id };
  }
}

@Module({ controllers: [WidgetsController] })
export class AppModule {}

@Module({})
export class AdminModule {}

export async function bootstrap() {
  // expect: permissive-cors
  const app = await NestFactory.create(AppModule, { cors: true });
  await app.listen(process.env.PORT ?? 3000);
}

export async function bootstrapPublicApi() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    // expect: permissive-cors
    cors: { origin: '*' },
    bufferLogs: true,
  });
  await app.listen(3001);
}

export async function bootstrapAdmin() {
  const admin = await NestFactory.create(AdminModule);
  // expect: permissive-cors
  admin.enableCors();
  await admin.listen(3002);
}

export async function bootstrapWebhooks() {
  const hooks = await NestFactory.create(AppModule, { rawBody: true });
  // expect: permissive-cors
  hooks.enableCors({ origin: '*', methods: ['POST'] });
  await hooks.listen(3003);
}

// Safe: an explicit list of origins.
export async function bootstrapDashboard() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: ['https://dashboard.example.com', 'https://admin.example.com'], credentials: true });
  await app.listen(3004);
}
