/**
 * Whether an answer is written in English. franc-min (trigram language identification, 82
 * languages) names the language, but on long technical texts its scores for English, French and
 * German sit within a few per cent of each other, and short ones full of acronyms ("DFD: users,
 * event stream, feature store") read as French. So the decision rests on function words, which
 * carry a language whatever the jargon: an answer is not English when few of its words are
 * English function words and many are another language's, or when most letters are not Latin.
 * Short texts are not judged.
 */
import { francAll } from 'franc-min';

export interface LanguageGuess {
  /** ISO 639-3 code of the language found, "eng", or "und" when the text is too short to tell. */
  code: string;
  english: boolean;
  /** Share of words that are common English function words. */
  englishWords: number;
}

/** Fewer letters than this and the language is not judged (taken as English). */
export const MIN_LETTERS = 40;
/** Below this share of English function words an answer may be in another language… */
export const ENGLISH_SHARE = 0.12;
/** …if at least this share of its words are another language's function words. */
export const FOREIGN_SHARE = 0.1;

const words = (s: string) => new Set(s.split(' '));

const ENGLISH = words(
  'the a an and or of to in on for with by from at as is are was were be been it its this that these those ' +
    'we i you they he she our their my your would will should could can must not no do does did has have had ' +
    'which who what when where why how if then than so but because into each every any all only also',
);

/** Function words that are not also English words, per language. */
const FOREIGN: Record<string, Set<string>> = {
  fra: words(
    'le la les des du et est une que qui dans pour pas sur au aux par ne je nous il elle ce cette sont avec du leur',
  ),
  deu: words(
    'der die das und ist nicht ein eine zu den dem des mit von auf für ich wir sie es auch sind wird werden oder',
  ),
  spa: words('el la los las del y que en una es por para con se lo al como su más pero sin'),
  por: words('o os as do da e que em um uma é para com não se por ao dos das mais'),
  ita: words('il la le di del e che un una è per con non si lo gli nel della sono'),
  nld: words('de het een en van dat niet op te met voor zijn wij ik ook maar naar'),
};

const LANGUAGE_NAMES: Record<string, string> = {
  fra: 'French',
  deu: 'German',
  spa: 'Spanish',
  por: 'Portuguese',
  ita: 'Italian',
  nld: 'Dutch',
  rus: 'Russian',
  ukr: 'Ukrainian',
  pol: 'Polish',
  cmn: 'Chinese',
  jpn: 'Japanese',
  kor: 'Korean',
  arb: 'Arabic',
  tur: 'Turkish',
  hin: 'Hindi',
};

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? `language "${code}"`;
}

export function detectLanguage(text: string): LanguageGuess {
  const all = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const share = (set: Set<string>) => (all.length ? all.filter((w) => set.has(w)).length / all.length : 0);
  const englishWords = share(ENGLISH);
  const letters = all.reduce((s, w) => s + w.length, 0);
  if (letters < MIN_LETTERS) return { code: 'und', english: true, englishWords };
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (latin < letters / 2) {
    const [top] = francAll(text);
    return { code: top && top[0] !== 'und' ? top[0] : 'und', english: false, englishWords };
  }
  if (englishWords >= ENGLISH_SHARE) return { code: 'eng', english: true, englishWords };
  let best = '';
  let bestShare = 0;
  for (const [code, set] of Object.entries(FOREIGN)) {
    const s = share(set);
    if (s > bestShare) [best, bestShare] = [code, s];
  }
  if (bestShare < FOREIGN_SHARE || bestShare <= englishWords) return { code: 'eng', english: true, englishWords };
  return { code: best, english: false, englishWords };
}
