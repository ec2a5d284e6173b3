import { UseGuards } from "@nestjs/common";
import { Args, Field, InputType, Int, Query, Resolver } from "@nestjs/graphql";
import { AuthGuard } from "../auth/auth.guard";
import { CurrentUser } from "../identity/current-user.decorator";
import { RequestUser } from "../identity/users.types";
import { isProjectMemberOrThrow } from "../identity/identity.utils";
import { ReportingService } from "./reporting.service";
import { GenericRequestsResponse, MetricHistogramResponse } from "./reporting.types";

@InputType()
export class RequestsFilterInput {
  @Field() field: string;
  @Field() operator: string;
  @Field() value: string;
}

@InputType()
export class GetRequestsInput {
  @Field() projectId: string;
  @Field(() => Int, { nullable: true }) page?: number;
  @Field(() => Int, { nullable: true }) size?: number;
  @Field(() => [RequestsFilterInput], { nullable: true }) filters?: RequestsFilterInput[];
}

@InputType()
export class GetMetricHistogramInput {
  @Field() projectId: string;
  @Field() promptId: string;
  @Field() metric: string;
  @Field() bucketSize: string;
}

@UseGuards(AuthGuard)
@Resolver()
export class ReportingResolver {
  constructor(private reportingService: ReportingService) {}

  @Query(() => GenericRequestsResponse)
  async requestReports(@Args("data") data: GetRequestsInput, @CurrentUser() user: RequestUser) {
    isProjectMemberOrThrow(user, data.projectId);
    const page = Math.max(data.page ?? 1, 1);
    const size = Math.min(Math.max(data.size ?? 20, 1), 100);
    return this.reportingService.getReports(data.projectId, data.filters ?? [], page, size);
  }

  @Query(() => MetricHistogramResponse)
  async metricHistogram(@Args("data") data: GetMetricHistogramInput, @CurrentUser() user: RequestUser) {
    isProjectMemberOrThrow(user, data.projectId);
    return this.reportingService.getMetricHistogram(data.projectId, data.promptId, data.metric, data.bucketSize);
  }
}
