import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const WORKFLOW_SORT_FIELDS = ['createdAt', 'updatedAt', 'status', 'assigneeId'] as const;
export type WorkflowSortField = (typeof WORKFLOW_SORT_FIELDS)[number];

/** Query of the case list in the back office. */
export class WorkflowListQueryDto {
  @IsOptional()
  @IsIn(WORKFLOW_SORT_FIELDS)
  orderBy: WorkflowSortField = 'createdAt';

  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction: 'asc' | 'desc' = 'desc';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityName?: string;

  /** Filter on the entity type stored in the workflow context, e.g. `business`. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string;

  @IsOptional()
  @IsIn(['active', 'completed', 'failed'])
  status?: 'active' | 'completed' | 'failed';
}

export class RulePreviewDto {
  @IsString()
  @MaxLength(2000)
  expression!: string;

  @IsOptional()
  @IsString()
  workflowRuntimeDataId?: string;
}
