/**
 * The interview mode's state on this machine: the session, this panelist's clocks, notes and
 * draft ratings, their submitted scoresheet, and the merge (sheets, consensus, recommendation).
 * Saved as records in the browser's database (one per draft rating, scoresheet and consensus;
 * src/lib/persist/record-store.ts) so a session in progress survives a reload and a closed tab,
 * and synchronised across tabs (the candidate view in a second window follows the current question).
 *
 * Independence (Campion, Palmer & Campion 1997): a panelist who has not submitted cannot open the
 * merge, and a machine that holds other panelists' sheets cannot be used to score.
 */
import { create } from 'zustand';
import { z } from 'zod';
import { OrderedItems, withPrefix, type Ordered, type RecordCodec } from '../lib/persist/records';
import type { LegacySource, PersistEnv } from '../lib/persist/record-store';
import { browserEnv, withRecords } from './persistence';
import { sessionSchema, type Session } from '../lib/interview/session';
import {
  buildScoresheet,
  emptyDraftScore,
  scoresheetSchema,
  unrated,
  type Draft,
  type DraftScore,
  type Scoresheet,
} from '../lib/interview/scoresheet';
import { consensusSchema, setConsensus as setConsensusCore, type ConsensusMap } from '../lib/interview/consensus';
import { makeRecommendation, recommendationSchema, type Recommendation } from '../lib/interview/recommendation';
import { addScoresheet, removeScoresheet } from '../lib/interview/merge';
import { goToQuestion, initialRun, pauseRun, startRun, type RunState } from '../lib/interview/timer';
import { formatDateTime } from '../lib/util/dates';
import { fail, ok, type Result } from '../lib/interview/validation';
import type { Rating } from '../lib/interview/catalog';

export const INTERVIEW_STORE = 'dojo:interview';
/**
 * 1: one localStorage item. 2: records in IndexedDB (interviewCodec).
 * 3: a draft rating says whether its question was not asked (`notAsked`, false in older drafts).
 */
export const INTERVIEW_VERSION = 3;
/** The last version saved in localStorage, moved into the database on first load. */
export const INTERVIEW_LEGACY_VERSION = 1;

const watchSchema = z.strictObject({ accumulatedMs: z.number().min(0), startedAt: z.number().nullable() });
const draftScoreSchema = z.strictObject({
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  // Absent from drafts saved before version 3, also those still in version-1 localStorage,
  // which reach the database without a ladder step of their own: they were all asked.
  notAsked: z.boolean().default(false),
  concepts: z.array(z.string()),
  notes: z.string(),
});

export const interviewPersistedSchema = z.strictObject({
  session: sessionSchema.nullable(),
  me: z.string().nullable(),
  run: z.strictObject({
    current: z.number().int().min(0),
    running: z.boolean(),
    total: watchSchema,
    perQuestion: z.record(z.string(), watchSchema),
  }),
  draft: z.record(z.string(), draftScoreSchema),
  submitted: scoresheetSchema.nullable(),
  sheets: z.array(scoresheetSchema),
  consensus: z.record(z.string(), consensusSchema),
  recommendation: recommendationSchema.nullable(),
});

export type InterviewPersisted = z.infer<typeof interviewPersistedSchema>;

export interface InterviewActions {
  /** Loads a session; a different session replaces all work of the previous one. */
  loadSession(session: Session): void;
  clearSession(): void;
  chooseMe(name: string): Result<string>;
  startClock(now: number): void;
  pauseClock(now: number): void;
  goTo(index: number, now: number): void;
  setRating(question: string, rating: Rating): void;
  /** Marks a question not asked (its rating is cleared) or asked again. */
  setNotAsked(question: string, notAsked: boolean): void;
  toggleConcept(question: string, concept: string): void;
  setNotes(question: string, notes: string): void;
  submit(now: Date): Result<Scoresheet>;
  importSheet(input: string | unknown): Result<Scoresheet[]>;
  removeSheet(panelist: string): void;
  setConsensus(question: string, rating: number, reason: string): Result<ConsensusMap>;
  setRecommendation(decision: string, rationale: string): Result<Recommendation>;
}

export type InterviewState = InterviewPersisted & InterviewActions;

export const initialInterview = (): InterviewPersisted => ({
  session: null,
  me: null,
  run: initialRun(),
  draft: {},
  submitted: null,
  sheets: [],
  consensus: {},
  recommendation: null,
});

/** A draft rating from before version 3, which had no `notAsked`: every question was asked. */
function withNotAsked(draft: unknown): unknown {
  return draft && typeof draft === 'object' && !('notAsked' in draft) ? { ...draft, notAsked: false } : draft;
}

/** The cumulative migration ladder. Version 1 is the first persisted shape. */
export function migrateInterview(persisted: unknown, fromVersion: number): unknown {
  if (fromVersion < 1) throw new Error(`no interview data format before version 1 (found ${fromVersion})`);
  return persisted;
}

// ---------------------------------------------------------------------------------------------
// Selectors: plain functions of the state, tested on plain objects.
// ---------------------------------------------------------------------------------------------

/** One shared empty draft, so a selector returns the same object each time (zustand 5 needs stable snapshots). */
const EMPTY_DRAFT: DraftScore = Object.freeze({
  ...emptyDraftScore(),
  concepts: Object.freeze([]) as unknown as string[],
});

export const interviewSelectors = {
  /** What the merge page shows (with useShallow: a new object each call, equal fields). */
  mergeView: ({ session, me, submitted, sheets }: InterviewPersisted) => ({ session, me, submitted, sheets }),
  /** What the report is built from. */
  reportView: ({ session, sheets, consensus, recommendation }: InterviewPersisted) => ({
    session,
    sheets,
    consensus,
    recommendation,
  }),
  currentQuestion: (s: InterviewPersisted): string | null => s.session?.questions[s.run.current] ?? null,
  draftFor: (s: InterviewPersisted, q: string): DraftScore => s.draft[q] ?? EMPTY_DRAFT,
  unrated: (s: InterviewPersisted): string[] => (s.session ? unrated(s.session, s.draft) : []),
  /** Why this machine cannot score now, or null when it can. */
  scoringLock(s: InterviewPersisted): string | null {
    if (!s.session) return 'Set up or load a session first.';
    if (s.submitted)
      return `Submitted ${formatDateTime(s.submitted.submittedAt)}: a scoresheet cannot change once submitted.`;
    const others = s.sheets.filter((sheet) => sheet.panelist !== s.me).map((sheet) => sheet.panelist);
    if (others.length > 0)
      return `This browser already holds the scoresheets of ${others.join(', ')}; score on your own machine, before seeing anyone else's ratings.`;
    return null;
  },
  /** Why the merge cannot be opened now, or null when it can. */
  mergeLock(s: Pick<InterviewPersisted, 'session' | 'me' | 'submitted'>): string | null {
    if (!s.session) return 'Load the session first: the merge checks every scoresheet against it.';
    if (s.me && !s.submitted)
      return `${s.me}, submit your own scoresheet before you see anyone else's: each panelist scores independently.`;
    return null;
  },
};

function withDraft(
  s: InterviewState,
  question: string,
  change: (d: DraftScore) => DraftScore,
): Partial<InterviewState> {
  if (interviewSelectors.scoringLock(s) || !s.session?.questions.includes(question)) return {};
  return { draft: { ...s.draft, [question]: change(s.draft[question] ?? emptyDraftScore()) } };
}

// ---------------------------------------------------------------------------------------------
// Records: `session`, `me`, `run`, `submitted`, `recommendation`, `draft/<question>`,
// `sheet/<panelist>` ({ order, item }) and `consensus/<question>`.
// ---------------------------------------------------------------------------------------------

const sheetOrder = new OrderedItems<Scoresheet>();
const SINGLE = {
  session: sessionSchema,
  me: z.string(),
  run: interviewPersistedSchema.shape.run,
  submitted: scoresheetSchema,
  recommendation: recommendationSchema,
} as const;
type Single = keyof typeof SINGLE;

export const interviewCodec: RecordCodec<InterviewPersisted> = {
  name: INTERVIEW_STORE,
  version: INTERVIEW_VERSION,
  empty: initialInterview,
  toRecords(s, previous) {
    const records = new Map<string, unknown>();
    for (const key of Object.keys(SINGLE) as Single[]) if (s[key] !== null) records.set(key, s[key]);
    for (const [q, d] of Object.entries(s.draft)) records.set(`draft/${q}`, d);
    for (const [key, value] of sheetOrder.entries(s.sheets, (sh) => `sheet/${sh.panelist}`, previous)) {
      records.set(key, value);
    }
    for (const [q, c] of Object.entries(s.consensus)) records.set(`consensus/${q}`, c);
    return records;
  },
  fromRecords(records) {
    const s = initialInterview();
    const single = s as unknown as Record<Single, unknown>;
    for (const key of Object.keys(SINGLE) as Single[]) if (records.has(key)) single[key] = records.get(key);
    s.draft = Object.fromEntries(withPrefix(records, 'draft/')) as InterviewPersisted['draft'];
    s.sheets = OrderedItems.sorted(
      withPrefix(records, 'sheet/').map(([k, v]) => [k, v as Ordered<Scoresheet>] as [string, Ordered<Scoresheet>]),
    );
    s.consensus = Object.fromEntries(withPrefix(records, 'consensus/')) as InterviewPersisted['consensus'];
    return s;
  },
  /** Version 3: each `draft/<question>` record gains `notAsked: false`. */
  migrateRecords(records, from) {
    if (from < 2) throw new Error(`no interview record format before version 2 (found ${from})`);
    const next = new Map(records);
    if (from < 3) for (const [key, value] of next) if (key.startsWith('draft/')) next.set(key, withNotAsked(value));
    return next;
  },
  schemaFor(key) {
    if (key in SINGLE) return SINGLE[key as Single];
    if (key.startsWith('draft/') && key.length > 6) return draftScoreSchema;
    if (key.startsWith('sheet/') && key.length > 6)
      return z.strictObject({ order: z.number().int().min(0), item: scoresheetSchema });
    if (key.startsWith('consensus/') && key.length > 10) return consensusSchema;
    return null;
  },
};

export const interviewLegacy: LegacySource<InterviewPersisted> = {
  version: INTERVIEW_LEGACY_VERSION,
  schema: interviewPersistedSchema,
  migrate: migrateInterview,
};

export function createInterviewStore(env: PersistEnv = browserEnv) {
  const store = create<InterviewState>()((set, get) => ({
    ...initialInterview(),
    loadSession: (session) => {
      if (get().session?.id === session.id) return;
      set({ ...initialInterview(), session });
    },
    clearSession: () => set(initialInterview()),
    chooseMe: (name) => {
      const s = get();
      if (!s.session?.panelists.includes(name)) return fail(`"${name}" is not on this session's panel.`);
      if (s.submitted && s.submitted.panelist !== name)
        return fail(`This browser already submitted the scoresheet of ${s.submitted.panelist}.`);
      set({ me: name });
      return ok(name);
    },
    startClock: (now) => set((s) => (s.session ? { run: startRun(s.run, s.session.questions, now) } : {})),
    pauseClock: (now) => set((s) => ({ run: pauseRun(s.run, now) })),
    goTo: (index, now) => set((s) => (s.session ? { run: goToQuestion(s.run, s.session.questions, index, now) } : {})),
    setRating: (q, rating) => set((s) => withDraft(s, q, (d) => ({ ...d, rating, notAsked: false }))),
    setNotAsked: (q, notAsked) =>
      set((s) => withDraft(s, q, (d) => ({ ...d, notAsked, rating: notAsked ? null : d.rating }))),
    toggleConcept: (q, concept) =>
      set((s) =>
        withDraft(s, q, (d) => ({
          ...d,
          concepts: d.concepts.includes(concept) ? d.concepts.filter((c) => c !== concept) : [...d.concepts, concept],
        })),
      ),
    setNotes: (q, notes) => set((s) => withDraft(s, q, (d) => ({ ...d, notes }))),
    submit: (now) => {
      const s = get();
      const lock = interviewSelectors.scoringLock(s);
      if (lock || !s.session) return fail(lock ?? 'Load a session first.');
      if (!s.me) return fail('Choose who you are on the panel before submitting.');
      const built = buildScoresheet(s.session, s.me, s.draft, now);
      if (built.ok) set({ submitted: built.value });
      return built;
    },
    importSheet: (input) => {
      const s = get();
      const lock = interviewSelectors.mergeLock(s);
      if (lock || !s.session) return fail(lock ?? 'Load a session first.');
      const merged = addScoresheet(s.sheets, input, s.session);
      if (merged.ok) set({ sheets: merged.value });
      return merged;
    },
    removeSheet: (panelist) => set((s) => ({ sheets: removeScoresheet(s.sheets, panelist) })),
    setConsensus: (q, rating, reason) => {
      const s = get();
      if (!s.session) return fail('Load a session first.');
      const r = setConsensusCore(s.consensus, s.session, q, rating, reason);
      if (r.ok) set({ consensus: r.value });
      return r;
    },
    setRecommendation: (decision, rationale) => {
      const r = makeRecommendation(decision, rationale);
      if (r.ok) set({ recommendation: r.value });
      return r;
    },
  }));
  return withRecords(
    store,
    interviewCodec,
    (s) => ({
      session: s.session,
      me: s.me,
      run: s.run,
      draft: s.draft as Draft,
      submitted: s.submitted,
      sheets: s.sheets,
      consensus: s.consensus,
      recommendation: s.recommendation,
    }),
    env,
    interviewLegacy,
  );
}

export const useInterviewStore = createInterviewStore();
export type InterviewStore = ReturnType<typeof createInterviewStore>;
export type { RunState };
