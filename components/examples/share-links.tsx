export function ShareLinks({ url, title }: { url: string; title: string }) {
  const encoded = encodeURIComponent(url);
  return (
    <section aria-label="Chia sẻ" className="no-print mt-8 flex flex-wrap items-center gap-3 text-sm">
      <span className="font-medium">Chia sẻ:</span>
      <a href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} rel="noopener noreferrer" target="_blank">
        Facebook
      </a>
      <a href={`https://zalo.me/share?url=${encoded}`} rel="noopener noreferrer" target="_blank">
        Zalo
      </a>
      <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encoded}`}>Thư điện tử</a>
      <span className="text-stone-600">· Bấm Ctrl+P để in trang này.</span>
    </section>
  );
}
