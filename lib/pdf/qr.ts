import 'server-only';
import QRCode from 'qrcode';

/** A QR code for a URL as a PNG: a quiet zone of 2 modules, and medium error correction so a worn print still reads. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
}
