export * from './case-view';
