import { Body, Controller, Post, Req, Session, UnauthorizedException, UseGuards } from '@nestjs/common';
import { Request } from 'express';
import { Session as ExpressSession } from 'express-session';

import { Roles } from '@/utils/decorators/roles.decorator';

import { LocalAuthGuard } from '../guards/local-auth.guard';
import { UserService } from '../services/user.service';
import { InvitationService } from '../services/invitation.service';
import { UserResetPasswordDto } from '../dto/user.dto';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly userService: UserService,
    private readonly invitationService: InvitationService,
  ) {}

  @Roles('public')
  @UseGuards(LocalAuthGuard)
  @Post('local')
  login(@Req() req: Request) {
    return req.user;
  }

  /** POST /auth/accept-invite { email, token, password } */
  @Roles('public')
  @Post('accept-invite')
  async acceptInvite(@Body() body: any, @Session() session: ExpressSession) {
    const user = await this.invitationService.accept(body.email, body.token, body.password);
    if (!user) throw new UnauthorizedException('Invalid invitation');
    session.passport = { user: { id: user.id } };
    return { id: user.id };
  }

  /** POST /auth/reset { email } : DTO validated by the global ValidationPipe (IsEmail). */
  @Roles('public')
  @Post('reset')
  async requestReset(@Body() dto: UserResetPasswordDto) {
    await this.userService.sendResetLink(dto.email);
    return { status: 'ok' };
  }
}
