export const SITE_NAME = 'Gương sáng';
export const SITE_TAGLINE = 'Sổ vàng điển hình, mô hình giảm nghèo của địa phương';
export const MOVEMENT_NAME = 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau';
export const HOST_AUTHORITY = 'Ủy ban nhân dân huyện Bù Gia Mập';

/** The public address used in links that leave the site (feeds, sitemap, share links, OpenGraph). */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}
