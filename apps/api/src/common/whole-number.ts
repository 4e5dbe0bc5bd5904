import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_WHOLE_NUMBER, parseWholeNumberText } from '@spiegel/domain';

/**
 * The one way a DTO takes a number: a whole number between `min` and `max` (by default 2^53−1,
 * which JavaScript holds exactly and PostgreSQL's bigint holds too). `1e300`, a 30-digit number,
 * `-1` or `1.5` answer 400 naming the field instead of reaching PostgreSQL. A check over every DTO
 * (bad-input.e2e-spec) refuses any numeric field without both bounds.
 */
export const WholeNumber = (min: number, max: number = MAX_WHOLE_NUMBER): PropertyDecorator =>
  applyDecorators(IsInt(), Min(min), Max(max));

/**
 * The same for a query-string number: decimal digits only (no `1e20`, `0x10`, ` 5`), converted
 * here rather than by `Number()`, which reads all of those as numbers. Anything else stays text,
 * so IsInt refuses it with the field's name.
 */
export const WholeNumberQuery = (min: number, max: number = MAX_WHOLE_NUMBER): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (parseWholeNumberText(value, max) ?? value) : value,
    ),
    WholeNumber(min, max),
  );
