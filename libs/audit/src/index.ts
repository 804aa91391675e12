export * from './audit.module';
export * from './audit.migrations';
export * from './record-access/audit-entry';
export * from './schema/audit-entries.migration';
