import { Injectable } from '@nestjs/common';
import { ConfigService, Logger, RequestContext } from '@vendure/core';
import fs from 'fs/promises';
import Handlebars from 'handlebars';
import path from 'path';

const loggerCtx = 'EmailPreviewService';

const KNOWN_TEMPLATES = ['order-confirmation', 'email-verification', 'password-reset', 'email-address-change'];

@Injectable()
export class EmailPreviewService {
    private templateRoot: string;

    constructor(private configService: ConfigService) {
        this.templateRoot = path.join(process.cwd(), 'static', 'email', 'templates');
    }

    async renderStored(ctx: RequestContext, templateName: string, sampleData: Record<string, unknown>) {
        if (!KNOWN_TEMPLATES.includes(templateName)) {
            throw new Error(`Unknown template "${templateName}"`);
        }
        const source = await fs.readFile(path.join(this.templateRoot, templateName, 'body.hbs'), 'utf-8');
        const template = Handlebars.compile(source);
        return { html: template({ ...sampleData, channel: ctx.channel.code }) };
    }

    async renderCustom(ctx: RequestContext, parts: { body: string; subject: string }, sampleData: Record<string, unknown>) {
        const partials = new Map<string, string>();
        partials.set('subject', parts.subject);
        partials.set('body', parts.body);
        Logger.verbose(`Rendering custom template for channel ${ctx.channel.code}`, loggerCtx);
        const subject = Handlebars.escapeExpression(partials.get('subject') ?? '');
        // expect: template-injection
        const render = Handlebars.compile(partials.get('body') ?? '');
        return { subject, html: render(sampleData) };
    }
}
