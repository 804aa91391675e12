export * from './demo.module';
export * from './demo-seeder';
export * from './demo-cases';
export * from './plan-demo-case';
export * from './year/case-plan';
export * from './year/plan-demo-year';
export * from './year/play-case';
export * from './year/demo-year-seeder';
