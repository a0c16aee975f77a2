import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { ApiError } from '../common/api-error.js';

/** The form field an upload's file travels in. */
export const FILE_FIELD = 'file';

const bad = (code: 'validation_failed' | 'unsupported_media_type' | 'payload_too_large', message: string) =>
  new ApiError(code, `${FILE_FIELD}: ${message}`, { field: FILE_FIELD });

/**
 * Reads the one file of a multipart/form-data request, at most `maxBytes` of it: a request that
 * is not multipart, has no field `file`, or a larger file, is a 4xx naming `file`.
 */
export async function readFilePart(req: FastifyRequest, maxBytes: number): Promise<Buffer> {
  if (!req.isMultipart())
    throw bad('unsupported_media_type', 'send multipart/form-data with one field "file"');
  let part;
  try {
    part = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } });
  } catch (error) {
    throw bad('validation_failed', `not a readable form (${(error as Error).message})`);
  }
  if (!part) throw bad('validation_failed', 'no file sent');
  if (part.fieldname !== FILE_FIELD) {
    part.file.resume();
    throw bad(
      'validation_failed',
      `the file must be sent in the field "${FILE_FIELD}", not "${part.fieldname}"`,
    );
  }
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw bad('payload_too_large', `larger than ${maxBytes} bytes`);
    throw bad('validation_failed', `could not be read (${(error as Error).message})`);
  }
}
