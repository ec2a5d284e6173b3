// library: @nestjs/passport + passport-jwt
import { Injectable } from '@nestjs/common';
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
    });
  }

  async validate(payload: { sub: string; roles: string[] }) {
    return { userId: payload.sub, roles: payload.roles };
  }
}

@Injectable()
export class KioskJwtStrategy extends PassportStrategy(Strategy, 'kiosk') {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // expect: jwt-no-verify
      ignoreExpiration: true,
      // expect: hardcoded-secret
      secretOrKey: 'kiosk-devices-shared-secret',
    });
  }

  async validate(payload: { device: string }) {
    return { device: payload.device };
  }
}
