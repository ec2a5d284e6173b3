import { Body, Middlewares, Post, Route, Tags } from '@tsoa/runtime';
import { unfurlService } from '../services/services';
import { isAuthenticated } from './authentication';
import { BaseController } from './baseController';

@Route('/api/v1/unfurl')
@Tags('Slack')
export class UnfurlController extends BaseController {
    @Middlewares([isAuthenticated])
    @Post('/image')
    async previewImage(@Body() body: { imageUrl: string; external?: boolean }) {
        const image = body.external
            ? await unfurlService.fetchExternalImage(body.imageUrl)
            : await unfurlService.fetchPreviewImage(body.imageUrl);
        return { status: 'ok', results: { size: image.length } };
    }
}
