import { Body, Controller, Get, Param, ParseIntPipe, Post, UseGuards } from "@nestjs/common";
import { ApiBearerAuth, ApiOperation, ApiTags } from "@nestjs/swagger";
import { SupabaseGuard } from "../auth/supabase.guard";
import { UserId } from "../auth/supabase.user.decorator";
import { InsightsService } from "./insight.service";
import { CreateInsightDto } from "./dtos/create-insight.dto";

@Controller("user/insights")
@ApiTags("Insights service")
export class UserInsightsController {
  constructor(private readonly insightsService: InsightsService) {}

  @Post("/")
  @ApiOperation({ operationId: "addInsightForUser", summary: "Adds a new insight page for the user" })
  @ApiBearerAuth()
  @UseGuards(SupabaseGuard)
  async addInsightForUser(@Body() createInsightDto: CreateInsightDto, @UserId() userId: number) {
    return this.insightsService.addInsight(userId, createInsightDto);
  }

  @Get("/:id")
  @ApiOperation({ operationId: "findInsightById", summary: "Finds an insight page by :id" })
  async findInsightById(@Param("id", ParseIntPipe) id: number) {
    return this.insightsService.findOneById(id);
  }

  @Post("/:id/digest")
  @ApiOperation({ operationId: "sendInsightDigest", summary: "Sends the weekly digest now" })
  @ApiBearerAuth()
  @UseGuards(SupabaseGuard)
  async sendDigest(@Param("id", ParseIntPipe) id: number, @UserId() userId: number) {
    await this.insightsService.findOneById(id, userId);
    return this.insightsService.sendDigest(id);
  }
}
