// The interview mode's view of the content collections, for the pages to pass to islands as
// props (islands never import astro:content). Only the fields the interview relies on are taken.
import { getCollection } from 'astro:content';
import {
  sortQuestions,
  toCandidateQuestion,
  toInterviewQuestion,
  type InterviewScenario,
} from '../../lib/interview/catalog';

export async function interviewCatalog() {
  // The collection config builds its collections generically, so entries are typed loosely;
  // the content check has already validated them against these schemas.
  const scenarios: InterviewScenario[] = (await getCollection('scenarios')).map((s) => {
    const data = s.data;
    return { id: data.id, title: data.title, diagram: data.diagram };
  });
  const entries = sortQuestions((await getCollection('questions')).map((q) => q.data));
  const scenarioTitle = (id: string) => scenarios.find((s) => s.id === id)?.title ?? id;
  return {
    questions: entries.map(toInterviewQuestion),
    candidateQuestions: entries.map((q) => toCandidateQuestion(q, scenarios)),
    setupQuestions: entries.map((q) => ({
      id: q.id,
      scenario: q.scenario,
      title: q.title,
      level: q.level,
      minutes: q.minutes,
      scenarioTitle: scenarioTitle(q.scenario),
    })),
  };
}
