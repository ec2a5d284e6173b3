import { Get, RestController } from '@n8n/decorators';
import type { AuthenticatedRequest } from '@n8n/db';
import { ExecutionRepository } from '@/databases/repositories/execution.repository';

type GetManyQuery = { status?: string; workflowId?: string; limit?: string };

@RestController('/executions')
export class ExecutionsController {
	constructor(private readonly executionRepository: ExecutionRepository) {}

	@Get('/')
	async getMany(req: AuthenticatedRequest<{}, {}, {}, GetManyQuery>) {
		const statuses = (req.query.status ?? 'success,error').split(',');
		const limit = Number.parseInt(req.query.limit ?? '', 10);
		return await this.executionRepository.findByStatuses(statuses, Number.isNaN(limit) ? 20 : limit);
	}

	@Get('/by-workflow')
	async getByWorkflow(req: AuthenticatedRequest<{}, {}, {}, GetManyQuery>) {
		const statuses = (req.query.status ?? 'success,error').split(',');
		return await this.executionRepository.findByWorkflow(String(req.query.workflowId ?? ''), statuses);
	}
}
