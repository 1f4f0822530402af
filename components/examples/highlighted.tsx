import { highlight } from '@/lib/examples/highlight';

/** Text with the query's whole words marked (as search matches them); React escapes the text, nothing is rendered as HTML. */
export function Highlighted({ text, words }: { text: string; words: string[] }) {
  return (
    <>{highlight(text, words, { wholeWords: true }).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>
  );
}
