/**
 * The attack a threat's own words name. A threat is what it says: "Competitor clones the model
 * through the API" is extraction whatever IDs are attached, so coverage reads the title and notes
 * as an expert does, and the IDs are judged once, in the mapping component (issue 12, item 2).
 * A title that is mostly framework labels ("ATLAS AML.T0020 / OWASP ML02 / STRIDE") says little
 * of its own and is marked as stuffed.
 */
import type { AttackClassId } from './attack-classes';

/** Word patterns (lower case, whole-word starts) that name each class, in our own selection. */
const CUES: Record<AttackClassId, readonly RegExp[]> = {
  poisoning: [
    /\bpoison/,
    /\blabel[- ]flip/,
    /\bcorrupt\w* (?:the )?(?:training|data|labels)/,
    /\bfake (?:clicks|ratings|reviews|votes|labels)/,
    /\bskew/,
  ],
  backdoor: [/\bbackdoor/, /\btrojan/, /\btrigger (?:patch|pattern|phrase)/],
  evasion: [/\bevad/, /\bevasion/, /\badversarial (?:example|input|image|perturbation|patch|sample)/, /\bperturb/],
  extraction: [
    /\bextract\w* (?:the )?(?:model|parameters|weights|decision)/,
    /\bmodel extraction/,
    /\bclon(?:e|es|ed|ing)\b/,
    /\bmodel (?:theft|stealing)/,
    /\bsteal\w* (?:the )?model\b/,
    /\bsurrogate/,
    /\bknock[- ]?off/,
  ],
  'membership-inference': [/\bmembership/],
  inversion: [/\binversion/, /\breconstruct/, /\battribute inference/, /\binfer\w* (?:sensitive|private|personal)/],
  'artifact-theft': [
    /\bexfiltrat/,
    /\b(?:theft|steal\w*|copy\w*|download\w*) (?:of )?(?:the )?(?:model )?(?:weights|artifacts?|checkpoints?|files?|datasets?|embeddings)/,
    /\bweights? (?:leak|theft)/,
  ],
  'supply-chain': [
    /\bsupply[- ]chain/,
    /\bdependenc/,
    /\bpre-?trained/,
    /\bthird[- ]party (?:model|library|package|dataset)/,
    /\bmalicious (?:package|library|model|container|image)/,
    /\bpickle/,
    /\btyposquat/,
    /\bbase model/,
  ],
  'model-tampering': [
    /\btamper\w* (?:with )?(?:the )?(?:deployed |registered )?model/,
    /\bmodel (?:swap|replacement|tampering)/,
    /\b(?:replace|swap|modif\w*|overwrit\w*) (?:the )?(?:deployed |registered |production )?model/,
    /\bunauthori[sz]ed (?:deploy|promot|model)/,
  ],
  'dos-cost': [
    /\bdenial of (?:ai )?service/,
    /\bd?dos\b/,
    /\bflood/,
    /\bexhaust/,
    /\boverload/,
    /\bcost (?:harvest|abuse|explosion)/,
    /\bunbounded/,
    /\bresource (?:abuse|exhaustion)/,
  ],
  'prompt-injection-direct': [
    /\bjailbreak/,
    /\b(?:direct )?prompt injection/,
    /\bignore (?:previous|prior|the) instructions/,
  ],
  'prompt-injection-indirect': [
    /\bindirect (?:prompt )?injection/,
    /\binjected instructions/,
    /\binstructions (?:hidden|embedded) in/,
  ],
  'excessive-agency': [
    /\bexcessive agency/,
    /\btool (?:misuse|abuse)/,
    /\bagent\w* (?:takes?|performs?|executes?|misuse)/,
    /\bunauthori[sz]ed (?:action|refund|tool)/,
  ],
  'sensitive-disclosure': [
    /\bleak/,
    /\bdisclos/,
    /\bexpos(?:e|es|ed|ure)/,
    /\bpii\b/,
    /\bpersonal data/,
    /\bprivacy/,
    /\bconfidential/,
    /\bsystem prompt/,
    /\bcross[- ]tenant (?:read|access)/,
  ],
  'output-handling': [
    /\boutput handling/,
    /\bxss\b/,
    /\bmarkdown/,
    /\brender/,
    /\bunsafe output/,
    /\bunvalidated (?:output|prediction|tags?)/,
  ],
  'identity-abuse': [
    /\bcredential/,
    /\bstolen (?:account|key|token|identity|password)/,
    /\bapi keys?\b/,
    /\bphish/,
    /\bimpersonat/,
    /\bspoof/,
    /\baccount takeover/,
    /\bsybil/,
    /\bfake accounts/,
  ],
  repudiation: [
    /\brepudiat/,
    /\baudit (?:log|trail)/,
    /\bdeny (?:having|that)/,
    /\battribut\w* (?:queries|actions|changes)/,
    /\buntraceable/,
    /\bno (?:audit|logging)/,
  ],
  reconnaissance: [
    /\breconnaissance/,
    /\bprob(?:e|es|ing)\b/,
    /\bfingerprint/,
    /\benumerat/,
    /\bdiscover\w* (?:the )?model/,
  ],
  'infrastructure-compromise': [
    /\bescape/,
    /\bbreakout/,
    /\bremote code execution/,
    /\brce\b/,
    /\bprivilege escalation/,
    /\blateral movement/,
    /\bcode execution/,
    /\bcompromis\w* (?:the )?(?:host|cluster|node|server|pipeline|notebook)/,
  ],
  misinformation: [/\bmisinformation/, /\bhallucinat/, /\bharmful content/, /\bfalse (?:answers|information)/],
};

const FRAMEWORK_TOKEN = /\b(?:aml\.t\d{4}(?:\.\d{3})?|ml\d{2}|llm\d{2}(?::2025)?|atlas|owasp|stride|mitre)\b/g;

/** The classes a threat's title and notes name in words. */
export function classesInText(text: string): AttackClassId[] {
  const t = text.toLowerCase().normalize('NFKC');
  return (Object.keys(CUES) as AttackClassId[]).filter((c) => CUES[c].some((re) => re.test(t)));
}

const FRAMEWORK_NAME = /\b(?:atlas|owasp|stride|mitre)\b/g;

/**
 * True when a title is made of framework labels: it names two or more of the frameworks
 * themselves ("ATLAS … OWASP … STRIDE"), or framework IDs make up a third of its words. A title
 * that cites its IDs ("Crowd poisoning via fake accounts (AML.T0020, ML02)") is not stuffed.
 */
export function isStuffedTitle(title: string): boolean {
  const t = title.toLowerCase();
  const names = new Set(t.match(FRAMEWORK_NAME) ?? []).size;
  const labels = t.match(FRAMEWORK_TOKEN)?.length ?? 0;
  const words = t.split(/[^\p{L}\p{N}.:]+/u).filter(Boolean).length;
  return names >= 2 || (labels >= 2 && labels * 3 >= words);
}
