/**
 * Whether a claim unit puts its idea forward or rejects it. Sentence embeddings do not see
 * negation ("I would not rate limit the API" sits at cosine 0.75 from "I would rate limit each
 * client"), so the scorer reads polarity from the words and compares it with the polarity of the
 * reference claim the unit matched.
 *
 * Experts state many controls negatively ("the tool never takes a customer ID", "no pickle
 * files", "the author is never the approver"), so a bare negation is not a rejection. A unit
 * rejects its idea when it holds a rejecting frame: a first-person refusal ("I wouldn't run…",
 * "we don't need…"), "no need / no point / no reason", a judgement that the idea is not needed,
 * not worth it or overkill, a dismissive verb ("skip", "do without", "don't bother"), or doing
 * something "without" the control ("run the notebooks without isolation"). Frames inside a
 * conditional or reason clause do not count ("if we don't validate the sources, …"), nor does a
 * sentence-opening "without" that sets up a consequence ("without isolation, one tenant reads
 * another's data"). An odd number of frames and negated frames rejects: double negatives
 * cancel ("not unnecessary", "it's not that we don't need quotas").
 *
 * A closing dismissal ("honestly, none of it is worth doing", "I'd skip all of that") rejects
 * every unit before it.
 */

export interface Polarity {
  negative: boolean;
  /** The frames counted, in order. */
  cues: string[];
}

/** Words that open a subordinate clause: a frame inside it does not turn the main claim round. */
const SUBORDINATE = new Set(['if', 'unless', 'whether', 'otherwise', 'when', 'because', 'since']);

/** Lower-case words and commas, with contractions opened ("won't" → "will not"). */
export function polarityTokens(text: string): string[] {
  const opened = text
    .toLowerCase()
    .replace(/[\u2019`]/g, "'")
    .replace(/\bcan't\b|\bcannot\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/n't\b/g, ' not')
    .replace(/\b(i|we|you|they)'d\b/g, '$1 would')
    .replace(/\b(there|it|that)'s\b/g, '$1 is')
    .replace(/\bover-kill\b/g, 'overkill')
    .replace(/\bover-engineer(ing|ed)\b/g, 'overengineer$1');
  return opened.match(/[\p{L}\p{N}]+|,/gu) ?? [];
}

/** The main clauses of a unit as one string: subordinate clauses (to the next comma) and what follows "rather than" dropped. */
function mainClauses(tokens: string[]): string {
  const kept: string[] = [];
  let skipping = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i];
    if (w === ',') {
      skipping = false;
      kept.push(',');
      continue;
    }
    if (SUBORDINATE.has(w) || (w === 'without' && kept.length === 0)) {
      skipping = true;
      continue;
    }
    if ((w === 'rather' && tokens[i + 1] === 'than') || (w === 'instead' && tokens[i + 1] === 'of')) break;
    if (!skipping) kept.push(w);
  }
  return ` ${kept.join(' ')} `;
}

/** Who refuses: the candidate or their team ("they can't" is usually the attacker, so not here). */
const PERSON = '(?:i|we|you|one)';
const MODAL = '(?:would|will|do|did|does|should|shall|can|could|might|must|need)';
const IDEA_NOT_NEEDED =
  '(?:needed|necessary|required|worth|worthwhile|useful|important|a priority|relevant|a concern|an issue|a problem|a real risk|something i would do|something we would do)';

/** Rejecting frames, each with a name for the record. Matched on the main clauses. */
const FRAMES: [string, RegExp][] = [
  ['refusal', new RegExp(` ${PERSON} (?:${MODAL} )?(?:really |even |ever )?(?:not|never) `, 'g')],
  ['no need', / (?:there is )?no (?:real )?(?:need|point|reason|value|benefit|use) (?:for|to|in|of) /g],
  [
    'not needed',
    new RegExp(
      ` (?:is|are|was|be|seems|looks) (?:really |even |that |actually )?not (?:really )?${IDEA_NOT_NEEDED} `,
      'g',
    ),
  ],
  [
    'dismissive',
    / (?:overkill|unnecessary|unneeded|needless|pointless|useless|overrated|overengineer\w*|theatre|theater|a waste of) /g,
  ],
  ['dismissive verb', / (?:skip|skipping|forgo|do without|live without|not bother|disregard) /g],
  [
    'without',
    / (?:run|runs|running|deploy|deploying|ship|shipping|launch|launching|operate|serve|serving|go|going|keep|keeping|leave|leaving|train|training)(?: \w+){0,4} without /g,
  ],
  ['not that', / (?:it is |is )?not (?:that|as if|as though) /g],
  ['negated judgement', / not (?:overkill|unnecessary|pointless|useless|a waste) /g],
];

export function polarity(text: string): Polarity {
  const main = mainClauses(polarityTokens(text));
  // Frames that overlap are one rejection ("we would not bother" is a refusal and "not bother").
  const found: { at: number; end: number; name: string }[] = [];
  for (const [name, re] of FRAMES)
    for (const m of main.matchAll(re)) found.push({ at: m.index, end: m.index + m[0].length - 1, name });
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const cues: string[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.at < reach) continue;
    reach = Math.max(reach, f.end);
    // "not unnecessary" negates the judgement inside it: the pair cancels, so neither counts.
    if (f.name !== 'negated judgement') cues.push(f.name);
  }
  return { negative: cues.length % 2 === 1, cues };
}

/** What a closing dismissal points at: everything said before it. */
const TOTALITY =
  /\b(?:(?:none|all|any|most|each|every (?:bit|one|part|piece|single one|step|control)) of (?:it|this|that|these|those|them|the above|what i (?:said|wrote|listed))|everything (?:above|here|i (?:said|wrote|listed))|the (?:whole|entire) (?:thing|lot|list|plan|approach|model|exercise|gate|setup)|that whole \w+|the lot|it all|all (?:this|that)|any of this \w+)\b/u;
/** What a dismissal does to it. */
const DISMISSAL_PREDICATE =
  /\b(?:worth|bother|bothering|need|needed|necessary|matter|matters|overkill|skip|waste|pointless|unnecessary|theatre|theater|overengineer\w*|ignore|forget|drop|bin|ditch|scrap|throw(?: \w+){0,3} (?:away|out)|do without|nice to have|optional|would not (?:do|build|bother|use|ship|keep)|box-ticking|box ticking|checkbox|bureaucracy|fantasy|belongs)\b/u;
/** "I'd bin it" at the end of an answer: the pronoun is everything before it. */
const DISMISS_IT = /\b(?:bin|ditch|scrap|skip|ignore|drop|forget) (?:it|them)\b|\bthrow (?:it|them) (?:away|out)\b/u;

/**
 * Whether a unit dismisses everything said before it. `last` says it is among the answer's
 * closing units, where "I'd bin it" can only mean the whole answer.
 */
export function dismissesAll(text: string, last = false): boolean {
  const t = polarityTokens(text).join(' ').replace(/ ,/g, ',');
  if (last && DISMISS_IT.test(t)) return true;
  return TOTALITY.test(t) && (DISMISSAL_PREDICATE.test(t) || polarity(text).negative);
}

/**
 * Whether a text holds two or more rejecting cues, so that their parity says nothing until its
 * clauses are read apart ("no need to round the scores, and no reason to move to labels").
 */
export function hasRejectingCues(text: string): boolean {
  return polarity(text).cues.length > 1;
}

const NEGATION = new Set(['not', 'never', 'no', 'none', 'nothing', 'neither', 'nor']);

/**
 * Whether a statement of fact is negated: the parity of bare negations in its main clauses.
 * Used to tell a misconception asserted ("TLS stops extraction") from one denied ("TLS does not
 * stop extraction"), where a rejecting frame is not what matters.
 */
export function negates(text: string): boolean {
  const main = mainClauses(polarityTokens(text)).trim().split(' ');
  let n = 0;
  for (let i = 0; i < main.length; i++) {
    if (!NEGATION.has(main[i])) continue;
    if (main[i] === 'not' && ['only', 'just', 'enough', 'alone'].includes(main[i + 1] ?? '')) continue;
    if (main[i] === 'not' && main[i - 1] === ',') continue; // ", not probabilities"
    n++;
  }
  return n % 2 === 1;
}
