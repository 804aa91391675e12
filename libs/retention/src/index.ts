export * from './retention.module';
export * from './retention.context';
export * from './retention.options';
export * from './closed-cases/closed-cases.projection';
export * from './closed-cases/closed-cases.repository';
export * from './erase-expired-cases/expired-case-eraser';
export * from './schema/closed-cases.migration';
