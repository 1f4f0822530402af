import QRCode from 'qrcode';

/**
 * A QR code for `url` as a PNG: error correction M (a printed copy survives a crease), a quiet zone of
 * four modules as the standard asks, and 8 pixels a module so that the PDF scales it down, never up.
 */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8, color: { dark: '#000000', light: '#ffffff' } });
}
