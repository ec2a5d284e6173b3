import { NestFactory } from '@nestjs/core';
import { Controller, Get, Header } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import { AdminModule } from './admin/admin.module';
import { PublicStatusModule } from './status/status.module';

const FRONTEND = process.env.FRONTEND_ORIGIN || 'https://app.example.com';

@Controller('account')
export class AccountExportController {
  @Get('export')
  // expect: bind-all
  @Header('Access-Control-Allow-Origin', '*')
  exportAccount() {
    return { note: 'account export for the signed-in user' };
  }
}

async function bootstrapAdmin() {
  const admin = await NestFactory.create(AdminModule);
  admin.use(cookieParser());
  // expect: bind-all
  admin.enableCors();
  await admin.listen(4001);
}

async function bootstrapInternal() {
  // expect: bind-all
  const app = await NestFactory.create(AppModule, {cors: true});
  app.use(cookieParser());
  await app.listen(4000);
}

// Look-alikes: the frontend origin only, and a public status API without credentials.
async function bootstrapMain() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: [FRONTEND], credentials: true });
  await app.listen(3000);
}

async function bootstrapStatus() {
  const status = await NestFactory.create(PublicStatusModule);
  status.enableCors({origin: '*'});
  await status.listen(3002);
}

Promise.all([bootstrapMain(), bootstrapAdmin(), bootstrapInternal(), bootstrapStatus()]).catch((err) => {
  console.error('bootstrap failed', err);
  process.exit(1);
});
