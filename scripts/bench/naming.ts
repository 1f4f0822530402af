// Names and titles of synthetic nominations, by kind of nominee.
import type { Gender, NomineeKind } from '../../lib/domain/vocabulary';
import { COLLECTIVE_TYPES, GIVEN_FEMALE, GIVEN_MALE, HAMLET_NAMES, MIDDLE_FEMALE, MIDDLE_MALE, SURNAMES, type Topic } from './phrases';
import type { Rng } from './rng';
import { capitalise, n } from './story';

export interface Person {
  fullName: string;
  gender: Gender;
  birthYear: number;
  /** "anh", "chị", "ông", "bà": how a report addresses them, by age. */
  honorific: string;
}

export function describePerson(rng: Rng, year: number): Person {
  const gender: Gender = rng.chance(0.5) ? 'male' : 'female';
  const birthYear = rng.int(1952, 2001);
  const fullName = [
    rng.pick(SURNAMES),
    rng.pick(gender === 'male' ? MIDDLE_MALE : MIDDLE_FEMALE),
    rng.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE),
  ].join(' ');
  const elder = year - birthYear >= 50;
  const honorific = gender === 'male' ? (elder ? 'ông' : 'anh') : elder ? 'bà' : 'chị';
  return { fullName, gender, birthYear, honorific };
}

export interface Nominee {
  /** The nominee_name column. */
  name: string;
  /** How the story names the nominee mid-sentence. */
  inText: string;
  collectiveType: string | null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function nomineeOf(rng: Rng, kind: NomineeKind, person: Person, topic: Topic, place: string, hamlet: string): Nominee {
  switch (kind) {
    case 'individual':
      return { name: person.fullName, inText: `${person.honorific} ${person.fullName}`, collectiveType: null };
    case 'household': {
      const head = person.honorific === 'anh' ? 'ông' : person.honorific === 'chị' ? 'bà' : person.honorific;
      return { name: `Hộ ${head} ${person.fullName}`, inText: `gia đình ${head} ${person.fullName}`, collectiveType: null };
    }
    case 'collective': {
      const kindOf = rng.pick(COLLECTIVE_TYPES);
      const name =
        kindOf.type === 'Doanh nghiệp'
          ? `${kindOf.lead} Nông sản ${rng.pick(HAMLET_NAMES)}`
          : kindOf.type === 'Hợp tác xã'
            ? `${kindOf.lead} Nông nghiệp ${rng.pick(HAMLET_NAMES)}`
            : `${kindOf.lead} ${lowerFirst(topic.model)} ${hamlet}`;
      return { name, inText: name, collectiveType: kindOf.type };
    }
    case 'model':
      return { name: `Mô hình “${topic.model}” ${place}`, inText: `UBND ${place}`, collectiveType: null };
  }
}

export function titleOf(
  rng: Rng,
  kind: NomineeKind,
  person: Person,
  nomineeName: string,
  topic: Topic,
  place: string,
  hamlet: string,
  beneficiaries: number,
): string {
  const hon = capitalise(person.honorific);
  const options: Record<NomineeKind, string[]> = {
    individual: [
      `${hon} ${person.fullName} – người giúp hộ nghèo ${place} vươn lên`,
      `${hon} ${person.fullName} thoát nghèo nhờ ${topic.doing}`,
      `${hon} ${person.fullName} ${topic.doing}, giúp ${n(beneficiaries)} hộ nghèo ở ${place}`,
    ],
    household: [
      `${nomineeName} ở ${hamlet}, ${place} thoát nghèo nhờ ${topic.doing}`,
      `${nomineeName} vươn lên thoát nghèo từ ${topic.doing}`,
    ],
    collective: [`${nomineeName} giúp hội viên ${place} thoát nghèo`, `${nomineeName}: cùng nhau ${topic.doing}`],
    model: [
      `Mô hình “${topic.model}” giúp hộ nghèo ${place}`,
      `Mô hình “${topic.model}” gắn với giảm nghèo bền vững ở ${place}`,
      `Nhân rộng mô hình “${topic.model}” tại ${place}`,
    ],
  };
  return rng.pick(options[kind]);
}
