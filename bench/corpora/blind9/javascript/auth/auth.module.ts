// library: @nestjs/jwt (JwtModule)
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule, JwtService } from '@nestjs/jwt';

@Module({
  imports: [
    ConfigModule,
    JwtModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.getOrThrow<string>('JWT_SECRET'),
        signOptions: { expiresIn: '15m' },
      }),
    }),
  ],
})
export class AuthModule {}

@Module({
  imports: [
    JwtModule.register({
      // expect: hardcoded-secret
      secret: 'reports-module-jwt-secret',
      signOptions: { expiresIn: '1d' },
    }),
  ],
})
export class ReportsAuthModule {}

export async function verifyReportToken(jwt: JwtService, token: string) {
  return jwt.verifyAsync(token, { secret: process.env.REPORTS_JWT_SECRET });
}

export async function verifyReportTokenLegacy(jwt: JwtService, token: string) {
  // expect: hardcoded-secret
  return jwt.verifyAsync(token, { secret: 'reports-module-jwt-secret', ignoreExpiration: false });
}
