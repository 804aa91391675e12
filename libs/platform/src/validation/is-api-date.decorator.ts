import { ValidateBy, type ValidationOptions } from 'class-validator';
import { parseApiDate, type ApiDateForm } from './api-date';

function apiDateRule(name: string, forms: readonly ApiDateForm[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value: unknown) => parseApiDate(value, forms).ok,
        defaultMessage: (args) => {
          const result = parseApiDate(args?.value, forms);
          return `${args?.property ?? 'value'} must be ${result.ok ? 'a valid date' : result.reason}`;
        },
      },
    },
    options,
  );
}

/**
 * A date filter: a calendar date (`2026-01-01`, that day in UTC) or a full date-time
 * (`2026-01-01T09:30:00Z`), exactly as `parseApiDate` reads them. Use instead of `IsISO8601`, which
 * takes week dates, ordinal dates and other forms the code and PostgreSQL cannot read.
 */
export function IsApiDate(options?: ValidationOptions): PropertyDecorator {
  return apiDateRule('isApiDate', ['date', 'date-time'], options);
}

/** An instant: a full date-time with seconds and an offset (`2026-11-20T09:30:00Z`), no date alone. */
export function IsApiDateTime(options?: ValidationOptions): PropertyDecorator {
  return apiDateRule('isApiDateTime', ['date-time'], options);
}
