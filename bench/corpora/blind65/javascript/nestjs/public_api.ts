import { Controller, Get, Header, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';

@Controller('widgets')
export class WidgetController {
  // expect: cors-misconfiguration
  @Header('Access-Control-Allow-Origin', '*')
  @Get(':id')
  findOne(@Param('id') id: string) {
    return { id, name: 'widget ' + id };
  }

  @Header('Cache-Control', 'public, max-age=60')
  @Get()
  list() {
    return [];
  }
}

@Controller('embed')
export class EmbedController {
  // expect: cors-misconfiguration
  @Header('access-control-allow-origin', '*')
  @Get('config')
  config() {
    return { theme: 'light' };
  }
}

@Module({ controllers: [WidgetController, EmbedController] })
export class AppModule {}

export async function bootstrap() {
  // expect: cors-misconfiguration
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { cors: true });
  await app.listen(process.env.PORT ?? 3000);
}

export async function bootstrapPublicApi() {
  const app = await NestFactory.create(AppModule, {
    // expect: cors-misconfiguration
    cors: { origin: '*' },
  });
  await app.listen(4000);
}

export async function bootstrapAdmin() {
  const admin = await NestFactory.create(AppModule, { bufferLogs: true });
  // expect: cors-misconfiguration
  admin.enableCors();
  await admin.listen(5000);
}

export async function bootstrapPartners() {
  const app = await NestFactory.create(AppModule);
  // expect: cors-misconfiguration
  app.enableCors({ origin: '*', methods: 'GET' });
  await app.listen(6000);
}

// Safe: an explicit origin list with credentials.
export async function bootstrapDashboard() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: ['https://dashboard.example.com'], credentials: true });
  await app.listen(7000);
}
