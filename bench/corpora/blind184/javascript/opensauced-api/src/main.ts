import { NestFactory } from "@nestjs/core";
import { FastifyAdapter, NestFastifyApplication } from "@nestjs/platform-fastify";
import { ValidationPipe, VersioningType } from "@nestjs/common";
import { DocumentBuilder, SwaggerModule } from "@nestjs/swagger";
import { ConfigService } from "@nestjs/config";
import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ logger: false, trustProxy: true }),
    { bufferLogs: true }
  );
  const configService = app.get(ConfigService);

  app.enableVersioning({ type: VersioningType.URI, defaultVersion: "1" });
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidUnknownValues: true,
      transformOptions: { enableImplicitConversion: false },
    })
  );
  app.enableCors({ origin: configService.get<string[]>("api.corsOrigins") ?? [] });

  const options = new DocumentBuilder()
    .setTitle("OpenSauced API")
    .setVersion(configService.get<string>("api.version") ?? "1")
    .addBearerAuth()
    .build();
  SwaggerModule.setup("/docs", app, SwaggerModule.createDocument(app, options));

  await app.listen(configService.get<number>("api.port") ?? 3001, "0.0.0.0");
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
