import type { z } from 'zod';

/** A class carrying a zod schema, so that the one global ZodValidationPipe can find it by parameter type. */
export interface ZodDtoClass<S extends z.ZodType = z.ZodType> {
  new (): z.infer<S>;
  schema: S;
}

/**
 * Makes a DTO class from a zod schema.
 * @example class LoginDto extends zodDto(LoginBody) {}   // then `@Body() body: LoginDto`
 */
export function zodDto<S extends z.ZodType>(schema: S): ZodDtoClass<S> {
  class Dto {
    static schema = schema;
  }
  return Dto as unknown as ZodDtoClass<S>;
}
