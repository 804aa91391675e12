import { Module, type DynamicModule } from '@nestjs/common';
import { ClosedCasesProjection } from './closed-cases/closed-cases.projection';
import { ClosedCasesRepository } from './closed-cases/closed-cases.repository';
import { ExpiredCaseEraser } from './erase-expired-cases/expired-case-eraser';
import { RETENTION_OPTIONS, type RetentionModuleOptions } from './retention.options';

/**
 * Retention: closed cases older than the retention period lose their key (crypto-shredding). Needs the
 * EventStore and the platform's CaseKeyring, and RETENTION_MIGRATIONS.
 */
@Module({})
export class RetentionModule {
  static forRoot(options: RetentionModuleOptions): DynamicModule {
    return {
      module: RetentionModule,
      providers: [
        { provide: RETENTION_OPTIONS, useValue: options },
        ClosedCasesRepository,
        ClosedCasesProjection,
        ExpiredCaseEraser,
      ],
      exports: [ExpiredCaseEraser, ClosedCasesProjection],
    };
  }
}
