// passport-jwt: strategies in a NestJS auth module (access, refresh, and an old mobile one)
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy, StrategyOptions } from 'passport-jwt';
import { Request } from 'express';
import { UsersService } from '../users/users.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: ConfigService, private readonly users: UsersService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: config.getOrThrow<string>('JWT_SECRET'),
      algorithms: ['HS256'],
    });
  }

  async validate(payload: { sub: string }) {
    const user = await this.users.findById(payload.sub);
    if (!user) throw new UnauthorizedException();
    return user;
  }
}

@Injectable()
export class JwtRefreshStrategy extends PassportStrategy(Strategy, 'jwt-refresh') {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([(req: Request) => req?.cookies?.refresh ?? null]),
      // expect: jwt-no-verify
      ignoreExpiration: true,
      secretOrKey: config.getOrThrow<string>('JWT_REFRESH_SECRET'),
      passReqToCallback: true,
    });
  }

  validate(req: Request, payload: { sub: string }) {
    return { id: payload.sub, refresh: req.cookies.refresh };
  }
}

const mobileOptions: StrategyOptions = {
  jwtFromRequest: ExtractJwt.fromHeader('x-mobile-token'),
  // expect: hardcoded-secret
  secretOrKey: 'mobile-app-signing-key-v1',
  ignoreExpiration: false,
};

@Injectable()
export class MobileJwtStrategy extends PassportStrategy(Strategy, 'jwt-mobile') {
  constructor() {
    super(mobileOptions);
  }

  validate(payload: { sub: string; device: string }) {
    return { id: payload.sub, device: payload.device };
  }
}

@Injectable()
export class ServiceJwtStrategy extends PassportStrategy(Strategy, 'jwt-service') {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderWithScheme('Service'),
      secretOrKey: config.getOrThrow<string>('SERVICE_PUBLIC_KEY'),
      algorithms: ['RS256'],
      issuer: 'https://auth.example.com',
      audience: 'orders-api',
    });
  }

  validate(payload: { sub: string; scope: string[] }) {
    return { service: payload.sub, scope: payload.scope };
  }
}
