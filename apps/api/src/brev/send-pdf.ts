import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Brevfil } from '../../../../libs/brevproduksjon/src/brevarkiv.service.js';

/** An archived letter as the reply: its bytes, a file name, and their checksum for the receiver to verify. */
export function sendPdf(res: Response, { pdf, filnavn, sha256 }: Brevfil): StreamableFile {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `inline; filename="${filnavn}"`);
  res.setHeader('Digest', `sha-256=${Buffer.from(sha256, 'hex').toString('base64')}`);
  return new StreamableFile(pdf);
}
