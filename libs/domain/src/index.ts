export * from './errors/domain-error';
export * from './identifiers/national-identity-number';
export * from './identifiers/organisation-number';
export * from './privacy/identity-number-redactor';
