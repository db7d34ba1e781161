/**
 * Word normalisation for matching: British and American spellings meet, lunr's Porter stemmer
 * folds inflections ("poisoned", "poisoning" → "poison"), and a small table of equivalent stems
 * joins words the stemmer keeps apart ("inversion" and "invert"). Runs in the browser: lunr is
 * bundled, nothing is downloaded.
 */
import lunr from 'lunr';

/** British spellings and other variants, mapped to one form before stemming. */
const SPELLING: Readonly<Record<string, string>> = {
  behaviour: 'behavior',
  behaviours: 'behaviors',
  behavioural: 'behavioral',
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  licence: 'license',
  analyse: 'analyze',
  analysed: 'analyzed',
  analysing: 'analyzing',
  analyses: 'analyzes',
  modelling: 'modeling',
  modelled: 'modeled',
  labelled: 'labeled',
  labelling: 'labeling',
  mislabelled: 'mislabeled',
  catalogue: 'catalog',
  favour: 'favor',
  colour: 'color',
  honour: 'honor',
  labour: 'labor',
  neighbour: 'neighbor',
  programme: 'program',
  cheque: 'check',
  judgement: 'judgment',
  ageing: 'aging',
  artefact: 'artifact',
  artefacts: 'artifacts',
  'pre-trained': 'pretrained',
  'e-mail': 'email',
  'data-set': 'dataset',
};

/**
 * Stems that mean the same thing for our rubrics. Keys and values are stems as lunr produces them.
 * Kept small and reviewed: every entry widens every rubric.
 */
const STEM_ALIASES: Readonly<Record<string, string>> = {
  invers: 'invert', // inversion, inverse → invert
  stolen: 'steal',
  stole: 'steal',
  theft: 'steal',
  thiev: 'steal',
  copi: 'clone',
  replica: 'clone',
  knockoff: 'clone',
  surrog: 'clone', // copy, replica, surrogate
  adversari: 'attack', // adversary, adversarial
  contamin: 'poison',
  prioriti: 'priorit',
  segreg: 'isol', // segregation, isolation
  tenanc: 'tenant',
  signatur: 'sign',
  authn: 'authent',
  authz: 'author',
  cleans: 'sanit', // cleanse
  saniti: 'sanit',
};

/** Folds -ise/-isation into -ize/-ization so both spellings stem alike. */
function americanise(word: string): string {
  if (word.length > 5) {
    for (const [from, to] of ISE_SUFFIXES) {
      if (word.endsWith(from)) return word.slice(0, -from.length) + to;
    }
  }
  return word;
}
const ISE_SUFFIXES: readonly (readonly [string, string])[] = [
  ['isations', 'izations'],
  ['isation', 'ization'],
  ['ising', 'izing'],
  ['ised', 'ized'],
  ['ises', 'izes'],
  ['iser', 'izer'],
  ['isers', 'izers'],
  ['ise', 'ize'],
];

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The matching key of a lower-case word: spelling folded, stemmed, aliased. Memoised. */
export function stemWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const spelled = SPELLING[word] ?? americanise(word);
  const stem = lunr.stemmer(new lunr.Token(spelled, {})).toString();
  const key = STEM_ALIASES[stem] ?? stem;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, key);
  return key;
}
