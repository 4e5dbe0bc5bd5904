import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from './app-error.js';

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) =>
      m.startsWith(e.property) ? (prefix ? `${prefix}.${m}` : m) : `${field}: ${m}`,
    );
    return [...own, ...describe(e.children ?? [], field)];
  });
}

/** Whitelist DTOs, reject unknown fields, and answer with VALIDATION_FAILED and the fields at fault. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = describe(errors);
      return new AppError(400, 'VALIDATION_FAILED', `Controleer de invoer: ${fields.join('; ')}`, { fields });
    },
  });
}
