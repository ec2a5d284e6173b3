import { Controller, Get, Injectable, Module } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { JwtModule } from '@nestjs/jwt';
import { ExtractJwt, Strategy } from 'passport-jwt';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // expect: jwt-no-verify
      ignoreExpiration: true,
      secretOrKey: process.env.JWT_PUBLIC_KEY,
    });
  }
}

@Injectable()
export class RefreshStrategy extends PassportStrategy(Strategy, 'refresh') {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromBodyField('refresh'),
      ignoreExpiration: false,
      secretOrKey: process.env.JWT_PUBLIC_KEY,
    });
  }
}

@Module({
  imports: [
    JwtModule.register({
      secret: process.env.JWT_SECRET,
      // expect: jwt-no-verify
      verifyOptions: { algorithms: ['HS256', 'none'] },
    }),
  ],
})
export class AuthModule {}

@Controller('health')
export class HealthController {
  @Get()
  ok() {
    return { ok: true };
  }
}
