// nestjs: application bootstrap for the partner API
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  // expect: cors-misconfig
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { cors: true });

  app.use(
    helmet({
      // expect: security-headers-off
      xssFilter: false,
      contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } },
    })
  );

  app.enableCors({
    // expect: cors-misconfig
    origin: '*',
    credentials: true,
  });

  const admin = await NestFactory.create<NestExpressApplication>(AppModule);
  admin.enableCors({ origin: ['https://admin.example.com'], credentials: true });
  admin.use(helmet());

  const internal = await NestFactory.create<NestExpressApplication>(AppModule, {
    cors: { origin: process.env.INTERNAL_ORIGIN, methods: ['GET'] },
  });

  await app.listen(Number(process.env.PORT ?? 3000));
  await admin.listen(3001, '127.0.0.1');
  await internal.listen(3002, '127.0.0.1');
}

bootstrap();
