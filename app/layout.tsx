import type { Metadata, Viewport } from 'next';
import { SITE_NAME, SITE_TAGLINE, siteUrl } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME} — ${SITE_TAGLINE}`, template: `%s · ${SITE_NAME}` },
  description: 'Các gương điển hình, mô hình hay giúp hộ nghèo vươn lên thoát nghèo bền vững, được địa phương giới thiệu, thẩm định và biểu dương.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#9a1b12' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="flex min-h-screen flex-col">
        <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Bỏ qua, đến nội dung chính
        </a>
        {/* Header, main and footer come from each route group's layout (components/layout/site-frame.tsx). */}
        {children}
      </body>
    </html>
  );
}
