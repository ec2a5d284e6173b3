// Entry points of the warehouse platform: the intranet stock API (no login; it trusts
// the office network) and the public tracking API. Both are NestJS apps.
import { Controller, Get, Header, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller('stock')
class StockController {
  @Get(':sku')
  @Header('Cache-Control', 'no-store')
  findOne(@Param('sku') sku: string) {
    return { sku, onHand: 0 };
  }

  @Get(':sku/suppliers')
  // expect: bind-all
  @Header('Access-Control-Allow-Origin', '*')
  suppliers(@Param('sku') sku: string) {
    return { sku, suppliers: [] };
  }
}

@Controller('track')
class TrackingController {
  @Get(':code')
  @Header('Access-Control-Max-Age', '600')
  track(@Param('code') code: string) {
    return { code, status: 'in transit' };
  }
}

@Module({ controllers: [StockController] })
class IntranetModule {}

@Module({ controllers: [TrackingController] })
class TrackingModule {}

export async function bootstrapIntranet(): Promise<void> {
  // expect: bind-all
  const app = await NestFactory.create(IntranetModule, { cors: true });
  await app.listen(3100);
}

export async function bootstrapIntranetWorker(): Promise<void> {
  const app = await NestFactory.create(IntranetModule);
  // expect: bind-all
  app.enableCors();
  await app.listen(3101);
}

export async function bootstrapTracking(): Promise<void> {
  const app = await NestFactory.create(TrackingModule);
  app.enableCors({ origin: ['https://track.shipfast.io', 'https://shipfast.io'], methods: ['GET'] });
  await app.listen(3200);
}

export async function bootstrapTrackingPreview(): Promise<void> {
  const app = await NestFactory.create(TrackingModule, { cors: { origin: 'https://preview.shipfast.io' } });
  await app.listen(3201);
}
