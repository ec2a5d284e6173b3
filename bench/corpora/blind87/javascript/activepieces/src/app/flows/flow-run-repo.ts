import { DataSource } from 'typeorm'

export const flowRunRepo = (dataSource: DataSource) => {
    const list = async ({ projectId, status, flowId, cursor }: { projectId: string; status?: string; flowId?: string; cursor?: string }) => {
        const qb = dataSource.getRepository('flow_run').createQueryBuilder('flow_run')
            .where('flow_run.projectId = :projectId', { projectId })
        if (flowId) {
            qb.andWhere('flow_run.flowId = :flowId', { flowId })
        }
        if (status) {
            // expect: sql-injection
            qb.andWhere(`flow_run.status = '${status}'`)
        }
        if (cursor) {
            qb.andWhere('flow_run.created < :cursor', { cursor })
        }
        return qb.orderBy('flow_run.created', 'DESC').limit(10).getMany()
    }
    return { list }
}
