// Shared by forms (client) and the server: imports nothing server-only.

/** C0 controls, DEL and C1 controls: never typed by a person, and some of them break XML, CSV or a terminal. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same, less the tab, line feed and carriage return a multi-line field legitimately holds (browsers send CR LF). */
const CONTROL_IN_PARAGRAPHS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const CONTROL_CHARS_MESSAGE = 'chứa ký tự điều khiển không hiển thị được; hãy gõ lại hoặc dán dưới dạng văn bản thuần.';

/** True when `text` holds a control character; `multiline` lets tab and line breaks through. */
export function hasControlChars(text: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return (multiline ? CONTROL_IN_PARAGRAPHS : CONTROL).test(text);
}

/** "Tên điển hình chứa ký tự điều khiển…": the message a schema shows under the field. */
export function controlCharsMessage(label: string): string {
  return `${label} ${CONTROL_CHARS_MESSAGE}`;
}

// What XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF), plus DEL and the C1
// controls, which it only tolerates; a pair of surrogates (an emoji) is kept.
const NOT_FOR_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe to place in an XML document, whatever was stored. */
export function stripForXml(text: string): string {
  return text.replace(NOT_FOR_XML, '');
}
