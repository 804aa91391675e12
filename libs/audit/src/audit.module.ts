import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ListAuditEntriesController } from './queries/list-audit-entries/list-audit-entries.controller';
import { AnsweredCaseInterceptor } from './record-access/answered-case.interceptor';
import { AuditEntryRepository } from './record-access/audit-entry.repository';
import { AuditRecorderMiddleware } from './record-access/audit-recorder.middleware';

/**
 * Audit: who read a case's details or changed anything, and how it ended (decision 0011). Every
 * deployable with audited routes imports it, with AUDIT_MIGRATIONS; GET /api/audit is for admins.
 * Needs the TypeORM data source of PlatformModule and the caller AuthModule's guard puts on the request.
 */
@Module({
  controllers: [ListAuditEntriesController],
  providers: [AuditEntryRepository, { provide: APP_INTERCEPTOR, useClass: AnsweredCaseInterceptor }],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditRecorderMiddleware).forRoutes('*path');
  }
}
