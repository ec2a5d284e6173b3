// library: NestJS / passport-jwt
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: config.getOrThrow<string>('JWT_SECRET'),
      algorithms: ['HS256'],
    });
  }

  async validate(payload: { sub: string; email: string }) {
    if (!payload.sub) throw new UnauthorizedException();
    return { userId: payload.sub, email: payload.email };
  }
}

@Injectable()
export class LegacyJwtStrategy extends PassportStrategy(Strategy, 'legacy-jwt') {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromUrlQueryParameter('token')]),
      // expect: jwt-no-verify
      ignoreExpiration: true,
      // expect: hardcoded-secret
      secretOrKey: 'legacy-portal-jwt-secret',
    });
  }

  async validate(payload: { sub: string }) {
    return { userId: payload.sub };
  }
}
