import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentCaller, Roles, viewerOf, type Caller } from '@lagspill/auth';
import type { DirectoryImportJob, DirectoryImportPlanResponse } from '@lagspill/contracts';
import { Directory } from '@lagspill/domain';
import type { Request, Response } from 'express';
import { writeDirectorySheet } from '../import';
import { DirectoryImports } from './directory-imports';
import { ImportRequestDto } from './import.request.dto';

/**
 * /api/directory/imports and /api/directory/export. The body of an import is the file itself: `text/csv`
 * (UTF-8 with or without BOM, or Windows-1252, `;`), or `application/json`.
 */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/directory')
@Roles('coordinator', 'admin')
export class DirectoryImportsController {
  constructor(
    @Inject(DirectoryImports) private readonly imports: DirectoryImports,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  @Post('imports')
  @HttpCode(200)
  @ApiConsumes('text/csv', 'application/json')
  @ApiOperation({
    summary:
      'Import organisations and people: `?dryRun=true` says what would change; without it, 202 and a job to poll',
  })
  async import(
    @CurrentCaller() caller: Caller,
    @Query() query: ImportRequestDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DirectoryImportPlanResponse | DirectoryImportJob> {
    const body: unknown = request.body;
    const file = this.imports.read(Buffer.isBuffer(body) ? body : Buffer.alloc(0), request.headers['content-type']);
    const importer = { by: actorOf(caller), viewer: viewerOf(caller) };
    if (query.dryRun === 'true') return this.imports.dryRun(this.directory, importer, file);
    const job = this.imports.start(this.directory, importer, file);
    response.status(202).location(`/api/directory/imports/${job.id}`);
    return job;
  }

  @Get('imports/:id')
  @ApiOperation({ summary: 'An import I started: its progress, and how it ended' })
  job(@CurrentCaller() caller: Caller, @Param('id') id: string): DirectoryImportJob {
    return this.imports.job(caller.username, id);
  }

  @Get('export')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'The whole directory as a sheet for Excel (CSV, UTF-8 with BOM, `;`): what an import reads',
  })
  export(@Res({ passthrough: true }) response: Response): string {
    response.type('text/csv; charset=utf-8').attachment('lagspill-katalog.csv');
    return writeDirectorySheet(this.directory.data);
  }
}
