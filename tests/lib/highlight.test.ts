import { describe, expect, it } from 'vitest';
import { highlight } from '@/lib/examples/highlight';

const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

describe('highlight', () => {
  it('marks whole words only when asked, as the registry search matches them', () => {
    const text = 'Mái ấm cho hộ nghèo năm 2023 ở Nam Định';
    expect(marked(highlight(text, ['mai', 'am'], { wholeWords: true }))).toEqual(['Mái', 'ấm']);
    expect(marked(highlight(text, ['nam'], { wholeWords: true }))).toEqual(['năm', 'Nam']);
    expect(marked(highlight('Mô hình "mái-ấm" (2023)', ['am'], { wholeWords: true }))).toEqual(['ấm']);
  });

  it('marks any occurrence by default, as a type-ahead marks what was typed so far', () => {
    expect(marked(highlight('Xã Đa Kia', ['da', 'ki']))).toEqual(['Đa', 'Ki']);
    expect(marked(highlight('Mái ấm năm 2023', ['am']))).toEqual(['ấm', 'ăm']);
  });

  it('keeps the text whole and in NFC', () => {
    const text = 'Hộ nghèo vươn lên';
    expect(
      highlight(text, ['ngheo'], { wholeWords: true })
        .map((p) => p.text)
        .join(''),
    ).toBe(text.normalize('NFC'));
  });
});
