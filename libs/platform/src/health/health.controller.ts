import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { MigrationState } from '../database/migration-state';
import { Public } from '../http/public.decorator';
import { problem, PROBLEM_CONTENT_TYPE } from '../problem/problem-details';

const DATABASE_TIMEOUT_MS = 2000;

/**
 * Liveness (the process answers) and readiness (the database answers and the schema is current). Open and
 * never rate-limited: probes carry no token and must never be refused.
 */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MigrationState) private readonly migrations: MigrationState,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() response: Response): Promise<void> {
    const database = await this.databaseAnswers();
    const checks = { database: database ? 'up' : 'down', migrations: this.migrations.ran ? 'done' : 'pending' };
    if (database && this.migrations.ran) {
      response.status(200).json({ status: 'ok', checks });
      return;
    }
    const body = problem(503, 'not-ready', { detail: 'The service cannot take requests yet', checks });
    response.status(503).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS)));
    try {
      return await Promise.race([this.dataSource.query('SELECT 1').then(() => true), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
