import { foldVietnamese } from '@/lib/domain/fold';

/**
 * Danh mục các dân tộc Việt Nam (Quyết định 121-TCTK/PPCĐ ngày 02/3/1979), with the GSO
 * spelling. The two-digit code is what we store: names have many accepted spellings
 * (M'nông, Mnông, Mơ Nông), codes are what statistics and the population registry use.
 */
export const ETHNICITIES = [
  { code: '01', name: 'Kinh' },
  { code: '02', name: 'Tày' },
  { code: '03', name: 'Thái' },
  { code: '04', name: 'Hoa' },
  { code: '05', name: 'Khơ-me' },
  { code: '06', name: 'Mường' },
  { code: '07', name: 'Nùng' },
  { code: '08', name: 'HMông' },
  { code: '09', name: 'Dao' },
  { code: '10', name: 'Gia-rai' },
  { code: '11', name: 'Ngái' },
  { code: '12', name: 'Ê-đê' },
  { code: '13', name: 'Ba na' },
  { code: '14', name: 'Xơ-Đăng' },
  { code: '15', name: 'Sán Chay' },
  { code: '16', name: 'Cơ-ho' },
  { code: '17', name: 'Chăm' },
  { code: '18', name: 'Sán Dìu' },
  { code: '19', name: 'Hrê' },
  { code: '20', name: 'Mnông' },
  { code: '21', name: 'Ra-glai' },
  { code: '22', name: 'Xtiêng' },
  { code: '23', name: 'Bru-Vân Kiều' },
  { code: '24', name: 'Thổ' },
  { code: '25', name: 'Giáy' },
  { code: '26', name: 'Cơ-tu' },
  { code: '27', name: 'Gié Triêng' },
  { code: '28', name: 'Mạ' },
  { code: '29', name: 'Khơ-mú' },
  { code: '30', name: 'Co' },
  { code: '31', name: 'Tà-ôi' },
  { code: '32', name: 'Chơ-ro' },
  { code: '33', name: 'Kháng' },
  { code: '34', name: 'Xinh-mun' },
  { code: '35', name: 'Hà Nhì' },
  { code: '36', name: 'Chu ru' },
  { code: '37', name: 'Lào' },
  { code: '38', name: 'La Chí' },
  { code: '39', name: 'La Ha' },
  { code: '40', name: 'Phù Lá' },
  { code: '41', name: 'La Hủ' },
  { code: '42', name: 'Lự' },
  { code: '43', name: 'Lô Lô' },
  { code: '44', name: 'Chứt' },
  { code: '45', name: 'Mảng' },
  { code: '46', name: 'Pà Thẻn' },
  { code: '47', name: 'Co Lao' },
  { code: '48', name: 'Cống' },
  { code: '49', name: 'Bố Y' },
  { code: '50', name: 'Si La' },
  { code: '51', name: 'Pu Péo' },
  { code: '52', name: 'Brâu' },
  { code: '53', name: 'Ơ Đu' },
  { code: '54', name: 'Rơ-măm' },
] as const satisfies readonly { code: string; name: string }[];

export type EthnicityCode = (typeof ETHNICITIES)[number]['code'];

export const ETHNICITY_CODES = ETHNICITIES.map((e) => e.code) as unknown as readonly [EthnicityCode, ...EthnicityCode[]];

const NAME_BY_CODE = new Map<string, string>(ETHNICITIES.map((e) => [e.code, e.name]));

export function ethnicityName(code: string | null | undefined): string | null {
  return (code && NAME_BY_CODE.get(code)) || null;
}

/**
 * Other names and spellings met in records and the press, by code. The official name's
 * own variants (hyphen, space, apostrophe, tone marks) need no entry: matching folds them away.
 */
const ALIASES: Record<string, readonly string[]> = {
  '01': ['Việt'],
  '04': ['Hán'],
  '05': ['Khmer', 'Khơ-me Krôm', 'Khmer Krom'],
  '08': ['Mông', 'Mèo', 'Hmong'],
  '10': ['Jrai', 'Jarai', 'Giơ-rai', 'Gia Lai'],
  '12': ['Rađê', 'Rhade'],
  '13': ['Bahnar'],
  '14': ['Xê Đăng', 'Sê Đăng', 'Sedang'],
  '15': ['Cao Lan', 'Sán Chỉ'],
  '16': ["K'Ho", 'Kơ Ho', 'Koho'],
  '17': ['Chàm'],
  '20': ['Mơ Nông'],
  '21': ['Roglai'],
  '22': ["S'tiêng", 'Stiêng', 'Xa Điêng'],
  '23': ['Vân Kiều', 'Bru'],
  '26': ['Katu', 'Ca Tu'],
  '27': ['Jeh', 'Giẻ-Triêng'],
  '29': ['Khmu'],
  '30': ['Cor', 'Col'],
  '31': ['Pa Cô', 'Pa Kô'],
  '32': ['Châu Ro', 'Đơ Ro'],
  '35': ['Hani'],
  '36': ['Churu'],
  '41': ['Lahu'],
  '52': ['Brao'],
};

/** Accent-, case- and punctuation-free form: "M'nông", "Mnông" and "MNONG" all give "mnong". */
function matchKey(name: string): string {
  return foldVietnamese(name)
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .replace(/^(?:dan toc|nguoi|dong bao)\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

const CODE_BY_KEY = new Map<string, EthnicityCode>();
for (const { code, name } of ETHNICITIES) {
  for (const spelling of [name, ...(ALIASES[code] ?? [])]) CODE_BY_KEY.set(matchKey(spelling), code);
}

/**
 * The code for a name as people write it ("S'tiêng", "dân tộc Mông", "Kinh (Việt)");
 * also accepts a code ("7", "07"). Null when nothing matches, so callers decide how to report it.
 */
export function ethnicityCodeFromName(name: string | null | undefined): EthnicityCode | null {
  if (!name) return null;
  const trimmed = name.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const code = trimmed.padStart(2, '0');
    return NAME_BY_CODE.has(code) ? (code as EthnicityCode) : null;
  }
  const key = matchKey(trimmed);
  return key ? (CODE_BY_KEY.get(key) ?? null) : null;
}
