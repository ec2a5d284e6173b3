// library: NestJS (@nestjs/jwt)
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';

import { AuthService } from './auth.service';
import { JwtStrategy, LegacyJwtStrategy } from './jwt.strategy';

@Module({
  imports: [
    ConfigModule,
    PassportModule,
    JwtModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.getOrThrow<string>('JWT_SECRET'),
        signOptions: { expiresIn: '15m', algorithm: 'HS256' },
      }),
    }),
  ],
  providers: [AuthService, JwtStrategy, LegacyJwtStrategy],
  exports: [AuthService],
})
export class AuthModule {}

@Module({
  imports: [
    JwtModule.register({
      // expect: hardcoded-secret
      secret: 'internal-tools-jwt-2023',
      signOptions: { expiresIn: '7d' },
    }),
  ],
})
export class InternalToolsAuthModule {}
