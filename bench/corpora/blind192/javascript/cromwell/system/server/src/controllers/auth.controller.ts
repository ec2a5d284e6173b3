import { Controller, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';

import { JwtAuthGuard } from '../auth/auth.guard';
import { AuthService } from '../services/auth.service';
import { getCmsSettings } from '../helpers/settings';

@ApiTags('Auth')
@Controller('v1/auth')
export class AuthController {
    constructor(private readonly authService: AuthService) {}

    @Post('log-out')
    @UseGuards(JwtAuthGuard)
    async logOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
        await this.authService.removeRefreshToken(request.user?.id);
        this.authService.clearTokenCookies(reply);
        reply.code(200).send(true);
    }

    @Get('sign-out')
    async signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('returnTo') returnTo?: string) {
        await this.authService.removeRefreshToken(request.user?.id);
        this.authService.clearTokenCookies(reply);
        // expect: open-redirect
        reply.redirect(302, returnTo || '/admin/login');
    }

    @Get('admin-entry')
    async adminEntry(@Res() reply: FastifyReply, @Query('page') page?: string) {
        const settings = await getCmsSettings();
        const allowedPages = new Set(['dashboard', 'products', 'posts', 'orders', 'plugins']);
        const target = page && allowedPages.has(page) ? page : 'dashboard';
        reply.redirect(302, `${settings.adminUrl}/${target}`);
    }
}
