import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { findUnstorableInput } from './unstorable-input';
import { ValidationFailedException } from './validation-failed.exception';

/**
 * Strict request validation: unknown fields are rejected, every broken rule is reported by field. Before
 * the rules, input no rule can judge (NUL, unpaired surrogates, absurd nesting) is refused the same way,
 * for every body, query and parameter, so no endpoint has to remember it.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const found = findUnstorableInput(value, metadata.data ?? '');
      if (found) throw new ValidationFailedException([{ ...found, field: found.field || metadata.type }]);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
  });
}
