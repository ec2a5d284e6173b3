"""A NestJS DTO declared in its own module: class-validator's checks on its fields hold wherever the DTO is read
(issue 31, blind188). A repository's `search(filter: TicketFilterDto)` puts `filter.sortBy` (`@IsIn([...])`) and
`filter.page` (`@IsInt()`) into raw SQL: one of fixed words, a number; `filter.label` (`@IsString() @MaxLength(40)`)
is any text. Only the label's query is reported, and no pattern finding stands beside the clean one.
Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import rule_findings

DTO = """import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class TicketFilterDto {
  /** Column to sort by. */
  @IsOptional()
  @IsIn(['openedAt', 'priority'])
  sortBy: string = 'openedAt';

  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  label?: string;
}
"""

CONTROLLER = """import { Controller, Get, Query } from '@nestjs/common';
import { TicketFilterDto } from './dto/ticket-filter.dto';
import { TicketsRepository } from './tickets.repository';

@Controller('tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketsRepository) {}

  @Get()
  list(@Query() filter: TicketFilterDto) {
    return this.tickets.search(filter);
  }

  @Get('labelled')
  labelled(@Query() filter: TicketFilterDto) {
    return this.tickets.byLabel(filter);
  }
}
"""

REPOSITORY = """import { Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { PrismaService } from '../prisma.service';
import { TicketFilterDto } from './dto/ticket-filter.dto';

@Injectable()
export class TicketsRepository {
  constructor(private readonly prisma: PrismaService) {}

  search(filter: TicketFilterDto) {
    return this.prisma.$queryRaw`SELECT * FROM tickets ORDER BY ${Prisma.raw(filter.sortBy)} OFFSET ${Prisma.raw(String((filter.page - 1) * 20))}`;
  }

  byLabel(filter: TicketFilterDto) {
    return this.prisma.$queryRawUnsafe(`SELECT * FROM tickets WHERE label = '${filter.label}'`);
  }
}
"""


def test_a_dto_s_checked_fields_are_clean_in_another_module_and_its_text_field_is_not(tmp_path: Path):
    found = rule_findings(tmp_path, {"src/tickets/dto/ticket-filter.dto.ts": DTO, "src/tickets/tickets.controller.ts": CONTROLLER,
                                     "src/tickets/tickets.repository.ts": REPOSITORY}, select="js/security")
    assert found == ["src/tickets/tickets.repository.ts:15 js/security/tainted-sql"], found
