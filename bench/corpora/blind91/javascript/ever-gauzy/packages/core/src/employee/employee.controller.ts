import { Controller, Get, Query, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';

import { PermissionGuard, TenantPermissionGuard } from '../shared/guards';
import { EmployeeService } from './employee.service';

export class SearchEmployeeDTO {
  @IsString()
  readonly name: string;

  @IsOptional()
  @IsString()
  readonly tag?: string;

  @IsOptional()
  @IsIn(['firstName', 'lastName', 'startedWorkOn'])
  readonly orderBy?: string;
}

@ApiTags('Employee')
@UseGuards(TenantPermissionGuard, PermissionGuard)
@Controller('/employee')
export class EmployeeController {
  constructor(private readonly employeeService: EmployeeService) {}

  @Get('search')
  @UsePipes(new ValidationPipe({ transform: true, whitelist: true }))
  async search(@Query() options: SearchEmployeeDTO) {
    return this.employeeService.search(options);
  }

  @Get('working/count')
  async countWorking(@Query('forRange') forRange: string) {
    return this.employeeService.countWorking(forRange);
  }
}
