import { formatDate } from '@/lib/format';
import { slugify } from '@/lib/domain/fold';
import { TABLE_TITLES, type ReportHeading, type ReportTable } from '../domain/reports';

export function reportTitle(heading: Pick<ReportHeading, 'campaignName' | 'year'>): string {
  // "Phong trào “Phong trào thi đua …”" would say it twice.
  const campaign = /^phong trào\s/i.test(heading.campaignName) ? heading.campaignName : `Phong trào “${heading.campaignName}”`;
  return `Báo cáo tổng hợp gương điển hình năm ${heading.year} – ${campaign}`;
}

export function reportSubtitle(heading: ReportHeading): string {
  return `Địa bàn: ${heading.areaLabel} · Lập ngày ${formatDate(heading.producedAt)}`;
}

/** "bao-cao-2023-huyen-bu-gia-map" (plus the table for a CSV): ASCII, safe in any header. */
export function reportFileBase(heading: Pick<ReportHeading, 'year' | 'areaLabel'>, table?: ReportTable): string {
  // The tree note in brackets is for readers, not for file names.
  const area = slugify(heading.areaLabel.replace(/\s*\(.*\)\s*$/, ''), 60);
  const suffix = table ? `-${slugify(TABLE_TITLES[table])}` : '';
  return `bao-cao-${heading.year}-${area}${suffix}`;
}

/** An ASCII fallback name for old clients and the readable Vietnamese one for the rest. */
export function attachmentDisposition(asciiName: string, readableName: string): string {
  const ascii = asciiName.replace(/[^A-Za-z0-9._-]/g, '-');
  const utf8 = encodeURIComponent(
    readableName
      .normalize('NFC')
      .replace(/[\r\n"\\/]/g, ' ')
      .slice(0, 200),
  )
    // RFC 5987 leaves these out of a bare value; encodeURIComponent does not escape them.
    .replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

export function readableFileName(heading: Pick<ReportHeading, 'year' | 'areaLabel'>, ext: string, table?: ReportTable): string {
  const area = heading.areaLabel.replace(/\s*\(.*\)\s*$/, '');
  return `Báo cáo ${heading.year} - ${area}${table ? ` - ${TABLE_TITLES[table]}` : ''}.${ext}`;
}
