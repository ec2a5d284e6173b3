import { Controller, Get, Query, Headers, UseGuards } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { TenancyGuard } from '../Tenancy/Tenancy.guard';
import { TransactionsByContactService } from './TransactionsByContact.service';

interface TransactionsByContactQuery {
  fromDate?: string;
  toDate?: string;
  sortColumn?: string;
  sortOrder?: 'asc' | 'desc';
  contactName?: string;
  strictSort?: string;
}

@Controller('reports/transactions-by-contact')
@ApiTags('Reports')
@UseGuards(TenancyGuard)
export class TransactionsByContactController {
  constructor(
    private readonly transactionsByContactService: TransactionsByContactService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Retrieves the transactions by contact report.' })
  async getReport(
    @Query() query: TransactionsByContactQuery,
    @Headers('organization-id') organizationId: string,
  ) {
    const {
      fromDate = '1970-01-01',
      toDate = new Date().toISOString().slice(0, 10),
      sortColumn = 'date',
      sortOrder = 'asc',
      contactName = '',
      strictSort = 'true',
    } = query;

    return this.transactionsByContactService.getTransactions(organizationId, {
      fromDate,
      toDate,
      sortColumn,
      sortOrder,
      contactName,
      strict: strictSort !== 'false',
    });
  }
}
