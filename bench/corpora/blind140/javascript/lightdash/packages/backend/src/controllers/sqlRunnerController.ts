import { Body, Middlewares, OperationId, Path, Post, Request, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import express from 'express';
import { projectService } from '../services/services';
import { allowApiKeyAuthentication, isAuthenticated } from './authentication';
import { BaseController } from './baseController';

type TableSampleBody = { table: string; sortBy?: string; strict?: boolean };

@Route('/api/v1/projects/{projectUuid}/sqlRunner')
@Tags('SQL runner')
export class SqlRunnerController extends BaseController {
    @Middlewares([allowApiKeyAuthentication, isAuthenticated])
    @SuccessResponse('200', 'Success')
    @Post('/tableSample')
    @OperationId('getTableSample')
    async getTableSample(
        @Path() projectUuid: string,
        @Body() body: TableSampleBody,
        @Request() req: express.Request,
    ) {
        const { table, sortBy = '1', strict = false } = body;
        const rows = strict
            ? await projectService.getTableSampleStrict(req.user!, projectUuid, table, sortBy)
            : await projectService.getTableSample(req.user!, projectUuid, table, sortBy);
        this.setStatus(200);
        return { status: 'ok', results: rows };
    }
}
