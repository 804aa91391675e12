export * from './audit.module';
export * from './audit.context';
export * from './record-access/audit-entry';
export * from './schema/audit-entries.migration';
