import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@lagspill/auth';
import type { Response } from 'express';
import { CaseListFiltersDto } from '../list-cases/case-list-filters.request.dto';
import { CASE_EXPORT_LIMIT, ExportCasesHandler } from './export-cases.handler';

/**
 * GET /api/cases/export.csv. Its own controller, registered before CasesController (casework.module.ts):
 * Express matches routes in the order they were added, and `/api/cases/:id` would otherwise take
 * `export.csv` for a case reference.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class ExportCasesController {
  constructor(@Inject(ExportCasesHandler) private readonly exportCases: ExportCasesHandler) {}

  @Get('export.csv')
  @ApiOperation({
    summary:
      `The case list as CSV for Norwegian Excel: the filters of GET /api/cases, every page (at most ` +
      `${CASE_EXPORT_LIMIT} cases), text as the caller sees it in the case view`,
  })
  @ApiProduces('text/csv')
  async export(
    @CurrentCaller() caller: Caller,
    @Query() query: CaseListFiltersDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { file, filename } = await this.exportCases.execute(caller, query);
    response.type('text/csv; charset=utf-8').attachment(filename);
    return file;
  }
}
