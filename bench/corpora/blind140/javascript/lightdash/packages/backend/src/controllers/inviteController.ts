import { Body, Middlewares, Post, Request, Route, Tags } from '@tsoa/runtime';
import express from 'express';
import Logger from '../logging/logger';
import { isAuthenticated } from './authentication';
import { BaseController } from './baseController';

@Route('/api/v1/invite-links')
@Tags('Invites')
export class InviteController extends BaseController {
    @Middlewares([isAuthenticated])
    @Post('/')
    async createInvite(@Body() body: { email: string; role?: string }, @Request() req: express.Request) {
        const { email, role = 'viewer' } = body;
        // expect: log-injection
        Logger.info(`User ${req.user!.userUuid} invited ${email} as ${role}`);
        Logger.info('Invite created', { inviter: req.user!.userUuid, role: JSON.stringify(role) });
        return { status: 'ok', results: { email } };
    }
}
