/**
 * The session report: questions, each panelist's rating and notes, the consensus with its
 * reason, the panel's agreement and the recommendation with its rationale. One model feeds both
 * the printable page (rendered by the island) and the Markdown file.
 */
import type { InterviewQuestion } from './catalog';
import { missingConsensus, type ConsensusMap } from './consensus';
import { agreementNote, notAskedQuestions, sideBySide, type QuestionRatings } from './merge';
import { formatDateTime } from '../util/dates';
import { panelAgreement, type PanelAgreement } from './panel-agreement';
import { DECISION_LABELS, suggestDecision, type Recommendation, type Suggestion } from './recommendation';
import type { Scoresheet } from './scoresheet';
import type { Session } from './session';
import { AGREEMENT_METHOD, agreementLines } from './agreement-text';
import { fmt } from './format';
import { cell, inline, quote } from './markdown';
import { safeFilePart } from './share';

export interface ReportQuestion {
  id: string;
  title: string;
  prompt: string;
  ratings: QuestionRatings | null;
  /** The panel did not ask it: no ratings, no consensus, in no total or statistic. */
  notAsked: boolean;
  /** Concept ID → label, to show checked concepts by name. */
  conceptLabels: Record<string, string>;
  consensus: ConsensusMap[string] | null;
}

export interface ReportModel {
  session: Session;
  generatedAt: string;
  /** Panelists whose scoresheet is merged, and those still missing. */
  scored: string[];
  missing: string[];
  questions: ReportQuestion[];
  agreement: PanelAgreement;
  suggestion: Suggestion | null;
  recommendation: Recommendation | null;
  /** What is missing before the report is final; empty when final. */
  gaps: string[];
}

export interface ReportInput {
  session: Session;
  questions: readonly InterviewQuestion[];
  sheets: readonly Scoresheet[];
  consensus: ConsensusMap;
  recommendation: Recommendation | null;
  now: Date;
}

export function buildReport({ session, questions, sheets, consensus, recommendation, now }: ReportInput): ReportModel {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const rows = sideBySide(session, sheets);
  const notAsked = notAskedQuestions(sheets);
  const scored = sheets.map((s) => s.panelist);
  const missing = session.panelists.filter((p) => !scored.includes(p));
  const gaps: string[] = [];
  if (missing.length > 0) gaps.push(`scoresheets missing from ${missing.join(', ')}`);
  const noConsensus = missingConsensus(session, consensus, notAsked);
  if (noConsensus.length > 0) gaps.push(`no consensus yet on ${noConsensus.join(', ')}`);
  if (!recommendation) gaps.push('no recommendation yet');
  return {
    session,
    generatedAt: now.toISOString(),
    scored,
    missing,
    questions: session.questions.map((id) => {
      const q = byId.get(id);
      return {
        id,
        title: q?.title ?? id,
        prompt: q?.prompt ?? '',
        ratings: rows.find((r) => r.question === id) ?? null,
        notAsked: notAsked.includes(id),
        conceptLabels: Object.fromEntries((q?.concepts ?? []).map((c) => [c.id, c.label])),
        consensus: consensus[id] ?? null,
      };
    }),
    agreement: panelAgreement(session, sheets),
    suggestion: suggestDecision(session, consensus, notAsked),
    recommendation,
    gaps,
  };
}

export { agreementLines } from './agreement-text';
export { fmt } from './format';

/** How the report marks a question the panel did not ask. */
export const NOT_ASKED = 'Not asked: left out of the totals and the agreement figures';

export function conceptNames(labels: Record<string, string>, ids: readonly string[]): string {
  return ids.map((id) => labels[id] ?? id).join('; ');
}

function questionMarkdown(q: ReportQuestion, index: number): string[] {
  const out = [`### ${index + 1}. ${inline(q.title)}`, '', `Question \`${q.id}\`: ${inline(q.prompt)}`, ''];
  if (q.notAsked) return [...out, `**${NOT_ASKED}.**`, ''];
  if (q.ratings) {
    out.push('| Panelist | Rating | Concepts heard | Notes |', '| --- | --- | --- | --- |');
    for (const r of q.ratings.ratings)
      out.push(
        `| ${cell(r.panelist)} | ${r.rating} | ${cell(conceptNames(q.conceptLabels, r.concepts))} | ${cell(r.notes)} |`,
      );
    out.push('', `Mean of individual ratings: ${fmt(q.ratings.mean)} (${agreementNote(q.ratings)}).`, '');
  }
  if (q.consensus) out.push(`**Consensus rating: ${q.consensus.rating}.** Reason:`, '', quote(q.consensus.reason), '');
  else out.push('Consensus: not yet recorded.', '');
  return out;
}

/** Dates are written for a person, in the reader's time zone unless one is given (tests, a shared file). */
export function reportToMarkdown(m: ReportModel, options: { timeZone?: string } = {}): string {
  const s = m.session;
  const date = (iso: string) => formatDateTime(iso, options.timeZone);
  const out: string[] = [
    `# Interview report: ${inline(s.candidate)}`,
    '',
    ...(m.gaps.length > 0 ? [`**Draft:** ${inline(m.gaps.join('; '))}.`, ''] : []),
    `- Session: \`${s.id}\`, created ${date(s.createdAt)}`,
    `- Level: ${s.level}; planned length ${s.minutes} minutes; ${s.questions.length} question${s.questions.length === 1 ? '' : 's'}`,
    `- Panel: ${s.panelists.map(inline).join(', ')} (scored: ${m.scored.map(inline).join(', ') || 'none'})`,
    `- Report generated ${date(m.generatedAt)}`,
    '',
    '## Recommendation',
    '',
  ];
  if (m.recommendation) {
    out.push(
      `**${DECISION_LABELS[m.recommendation.decision]}.** Rationale:`,
      '',
      quote(m.recommendation.rationale),
      '',
    );
  } else out.push('Not yet recorded.', '');
  if (m.suggestion) {
    const followed = m.recommendation?.decision === m.suggestion.decision;
    out.push(
      `House rule suggestion: ${DECISION_LABELS[m.suggestion.decision]} (${m.suggestion.because})${m.recommendation ? (followed ? '; the panel followed it' : '; the panel decided otherwise') : ''}.`,
      '',
    );
  }
  out.push(
    '## Agreement between panelists',
    '',
    ...agreementLines(m.agreement).map((l) => `- ${l}`),
    '',
    AGREEMENT_METHOD,
    '',
  );
  out.push('## Questions', '');
  m.questions.forEach((q, i) => out.push(...questionMarkdown(q, i)));
  out.push(
    '## Method',
    '',
    'A structured interview: the same questions and behaviourally anchored rating scales for every candidate; each panelist rated independently before discussion (Campion, Palmer & Campion 1997; Levashina et al. 2014). Individual ratings are kept beside the consensus, which is only slightly more valid than their average (Pulakos et al. 1996).',
    '',
  );
  return out.join('\n');
}

export function reportFileName(m: ReportModel): string {
  return `interview-report-${safeFilePart(m.session.candidate)}-${m.session.id.slice(0, 8)}.md`;
}
