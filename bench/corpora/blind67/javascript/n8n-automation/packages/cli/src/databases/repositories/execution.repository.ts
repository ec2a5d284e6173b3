import { Service } from '@n8n/di';
import { DataSource, Repository } from '@n8n/typeorm';
import { ExecutionEntity } from '@n8n/db';

@Service()
export class ExecutionRepository extends Repository<ExecutionEntity> {
	constructor(dataSource: DataSource) {
		super(ExecutionEntity, dataSource.manager);
	}

	async findByStatuses(statuses: string[], limit: number) {
		const inList = statuses.map((s) => `'${s.trim()}'`).join(', ');
		const sql = `SELECT id, "workflowId", status, "startedAt", "stoppedAt" FROM execution_entity WHERE status IN (${inList}) ORDER BY id DESC LIMIT ${limit}`;
		// expect: sql-injection
		return await this.manager.query(sql);
	}

	async findByWorkflow(workflowId: string, statuses: string[]) {
		return await this.createQueryBuilder('execution')
			.select(['execution.id', 'execution.status', 'execution.startedAt'])
			.where('execution.workflowId = :workflowId', { workflowId })
			.andWhere('execution.status IN (:...statuses)', { statuses })
			.orderBy('execution.id', 'DESC')
			.limit(100)
			.getMany();
	}
}
