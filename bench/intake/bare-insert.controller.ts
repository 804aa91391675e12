import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '@lagspill/platform';

/**
 * The floor for the intake benchmark: the same app, HTTP stack and database, but a handler that does
 * nothing except one INSERT. Exists only in the benchmark's module, outside /api and public (no token).
 */
@Public()
@Controller('bench')
export class BareInsertController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Post('bare-insert')
  @HttpCode(201)
  async insert(): Promise<{ id: string }> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO bench_bare (payload) VALUES ($1) RETURNING id::text`,
      [JSON.stringify({ at: new Date().toISOString() })],
    );
    return row;
  }
}
