import { Body, Get, Middlewares, Path, Post, Request, Route, Tags } from '@tsoa/runtime';
import express from 'express';
import { shareService } from '../services/services';
import { isAuthenticated } from './authentication';
import { BaseController } from './baseController';

@Route('/api/v1/share')
@Tags('Share links')
export class ShareController extends BaseController {
    @Middlewares([isAuthenticated])
    @Post('/')
    async createShareUrl(@Body() body: { path: string; params?: string }, @Request() req: express.Request) {
        const id = await shareService.createShareUrl(req.user!.userUuid, body.path, body.params ?? '');
        return { status: 'ok', results: { nanoid: id } };
    }

    @Get('/{nanoid}/go')
    async followShareUrl(@Path() nanoid: string, @Request() req: express.Request) {
        const share = await shareService.getShareUrl(nanoid);
        const res = req.res!;
        if (!share) {
            return res.redirect('/');
        }
        if (req.query.internal === 'true') {
            const path = share.path.startsWith('/') && !share.path.startsWith('//') ? share.path : '/';
            return res.redirect(`${path}${share.params}`);
        }
        // expect: open-redirect
        return res.redirect(`${share.path}${share.params}`);
    }
}
