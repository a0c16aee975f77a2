import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  Attachment,
  ATTACHMENT_TYPES,
  AttachmentHash,
  LinkAttachmentsBody,
  TicketAttachment,
} from '@frontstage/engine';
import { z } from 'zod';
import { Endpoint } from '../common/endpoint.js';
import { RESIDENT_ROLE } from '@frontstage/engine';
import { CurrentUser, RequestId, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { IdParams, IdParamsDto } from '../tickets/ticket-requests.js';
import { AttachmentsService, type StoredContent } from './attachments.service.js';
import { FILE_FIELD, readFilePart } from './multipart-file.js';

const WORKERS = ['staff', 'supervisor', 'admin'] as const;
const READERS = ['staff', 'supervisor', 'auditor', 'admin'] as const;

const HashParams = z.strictObject({ hash: AttachmentHash });
class HashParamsDto extends zodDto(HashParams) {}
class LinkAttachmentsDto extends zodDto(LinkAttachmentsBody) {}

const READ_DESCRIPTION =
  'Readable by its uploader and by whoever sees a ticket it is linked to; anyone else gets 404, as for a hash never stored. Content-addressed, so cached for good.';

/** Sends stored bytes so that no browser runs them: exact type, no sniffing, a sandbox, cached by hash. */
function send(reply: FastifyReply, hash: string, stored: StoredContent): Buffer {
  void reply
    .header('content-type', stored.mime)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, max-age=31536000, immutable')
    .header('etag', `"${hash}"`);
  return stored.content;
}

@ApiTags('attachments')
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Roles(...WORKERS, RESIDENT_ROLE)
  @Endpoint({
    summary: 'Upload a photo or PDF (multipart/form-data, field `file`)',
    operationId: 'uploadAttachment',
    description:
      'The type is read from the content (JPEG, PNG, WebP, PDF; HEIC is refused), never from the name. Images are decoded, turned upright, stripped of EXIF/GPS and encoded again, with a thumbnail; the hash is the SHA-256 of the stored bytes, so the same content uploaded twice is stored once. 10 MB at most unless configured. Link it to a ticket with `POST /api/tickets/{id}/attachments` or the intake’s `attachments`.',
    answer: { status: 201, schema: Attachment, description: 'The stored attachment' },
    errors: ['validation_failed', 'payload_too_large', 'unsupported_media_type'],
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    required: true,
    schema: {
      type: 'object',
      required: [FILE_FIELD],
      properties: { [FILE_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @Post('attachments')
  async upload(@Req() req: FastifyRequest, @CurrentUser() user: CurrentUserData) {
    return this.attachments.upload(user, await readFilePart(req, this.attachments.maxBytes));
  }

  @Roles(...READERS, RESIDENT_ROLE)
  @Endpoint({
    summary: 'An attachment’s stored bytes (the re-encoded image, or the PDF)',
    operationId: 'getAttachment',
    description: READ_DESCRIPTION,
    params: HashParams,
    answer: { contentType: 'application/octet-stream', description: 'The bytes, typed by their content' },
    errors: ['not_found'],
  })
  @ApiProduces(...ATTACHMENT_TYPES)
  @Get('attachments/:hash')
  async get(
    @Param() { hash }: HashParamsDto,
    @CurrentUser() user: CurrentUserData,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, hash, await this.attachments.read(user, hash, false));
  }

  @Roles(...READERS, RESIDENT_ROLE)
  @Endpoint({
    summary: 'An image attachment’s thumbnail (JPEG, at most 320 px)',
    operationId: 'getAttachmentThumbnail',
    description: `${READ_DESCRIPTION} A PDF has none (404).`,
    params: HashParams,
    answer: { contentType: 'image/jpeg', description: 'The thumbnail' },
    errors: ['not_found'],
  })
  @Get('attachments/:hash/thumbnail')
  async thumbnail(
    @Param() { hash }: HashParamsDto,
    @CurrentUser() user: CurrentUserData,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, `${hash}-thumbnail`, await this.attachments.read(user, hash, true));
  }

  @Roles(...WORKERS)
  @Endpoint({
    summary: 'Link uploaded attachments to a ticket (audited by hash)',
    operationId: 'linkTicketAttachments',
    description:
      'Each hash must be one the caller uploaded or can read. One audit entry (`ticket.attach`) names the new ones by hash; ones the ticket holds already are skipped. A ticket holds at most 6 unless configured: more is a 400 and links nothing.',
    params: IdParams,
    body: LinkAttachmentsBody,
    answer: { schema: z.array(TicketAttachment), description: 'The ticket’s attachments after linking' },
    errors: ['not_found', 'conflict'],
  })
  @Post('tickets/:id/attachments')
  @HttpCode(200)
  link(
    @Param() params: IdParamsDto,
    @Body() body: LinkAttachmentsDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
  ) {
    return this.attachments.link(user, params.id, body.hashes, requestId);
  }
}
