import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when present it must be valid. (class-validator's IsOptional also
 * lets `null` through, which then reaches the services as a value no rule checked.)
 */
export const Optional = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
